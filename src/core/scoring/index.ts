export { achievement, type Direction } from "./achievement";
export { score, type ScoreOptions } from "./score";
export { bandScore, compileBands, CompiledBands, type Band, type BandScoreOptions } from "./bandScore";
export { weighted } from "./weighted";
export { rating, compileScale, CompiledScale, type RatingStep } from "./rating";
export { rankOrder } from "./rankOrder";
export { ranks } from "./ranks";
