/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { ErrorBoundary } from "../../../src/taskpane/common/ErrorBoundary";
import { I18nProvider } from "../../../src/taskpane/common/I18nContext";
import { MessageFeed, MessageFeedProvider } from "../../../src/taskpane/common/MessageFeed";
import { MESSAGES } from "../../../src/taskpane/i18n";

let failing = true;

/** A panel that fails to render until told otherwise. */
function Panel() {
  if (failing) throw new Error("the preview has no rows");
  return <p>Preview</p>;
}

function renderPanel(language: "en" | "zh-CN") {
  return render(
    <I18nProvider language={language}>
      <MessageFeedProvider>
        <MessageFeed />
        <ErrorBoundary>
          <Panel />
        </ErrorBoundary>
        <p>The rest of the pane</p>
      </MessageFeedProvider>
    </I18nProvider>,
  );
}

describe("ErrorBoundary", () => {
  beforeEach(() => {
    failing = true;
    // React reports the caught error on the console as well; the test looks at what the user sees.
    jest.spyOn(console, "error").mockImplementation(() => undefined);
  });

  afterEach(() => jest.restoreAllMocks());

  it("says in the message area what stopped the panel", () => {
    renderPanel("en");
    expect(screen.getByRole("region", { name: "Messages" }).textContent).toContain("This part of the pane stopped working: the preview has no rows");
  });

  it("says it in Chinese in a Chinese pane", () => {
    renderPanel("zh-CN");
    expect(screen.getByRole("region", { name: MESSAGES["zh-CN"].messagesLabel }).textContent).toContain("窗格的这一部分出错停止了：the preview has no rows");
  });

  it("keeps the rest of the pane on screen", () => {
    renderPanel("en");
    expect(screen.getByText("The rest of the pane")).toBeTruthy();
  });

  it("shows the panel again when Try again is pressed", () => {
    renderPanel("en");
    failing = false;
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(screen.getByText("Preview")).toBeTruthy();
  });
});
