export { abcClasses, type AbcOptions } from "./abc";
