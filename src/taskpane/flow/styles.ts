import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/** The looks of the review flow and its steps. */
export const useFlowStyles = makeStyles({
  flow: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  heading: { ...typographyStyles.subtitle1, marginTop: 0, marginBottom: 0, ":focus": { outlineStyle: "none" }, ":focus-visible": { outlineStyle: "solid", outlineWidth: tokens.strokeWidthThick, outlineColor: tokens.colorStrokeFocus2 } },
  step: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  nav: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  blocked: { color: tokens.colorPaletteRedForeground1, marginTop: 0, marginBottom: 0 },
  saved: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: "solid",
    borderBottomColor: tokens.colorNeutralStroke2,
  },
  paragraph: { marginTop: 0, marginBottom: 0 },
});
