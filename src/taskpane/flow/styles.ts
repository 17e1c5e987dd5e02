import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

/** The looks of the review flow and its steps. */
export const useFlowStyles = makeStyles({
  flow: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  heading: { ...typographyStyles.subtitle1, marginTop: 0, marginBottom: 0, ":focus": { outlineStyle: "none" }, ":focus-visible": { outlineStyle: "solid", outlineWidth: tokens.strokeWidthThick, outlineColor: tokens.colorStrokeFocus2 } },
  step: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  // Back and Next stay in view at the bottom of the pane however long the step is.
  footer: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTopWidth: tokens.strokeWidthThin,
    borderTopStyle: "solid",
    borderTopColor: tokens.colorNeutralStroke2,
  },
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
  startOver: { marginLeft: "auto" },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  wrap: { overflowWrap: "anywhere", whiteSpace: "normal" },
  builtWhen: { color: tokens.colorNeutralForeground3 },
});
