import { Component, type ReactNode } from "react";
import { useTranslate } from "./use-translate";

interface Props {
  children: ReactNode;
  /** Puts this part's settings back to their defaults (offered beside "try again"). */
  onReset?: () => void;
}

/** Keeps a failing part of the screen from blanking the whole app: shows what failed and offers to retry or reset it. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { onReset } = this.props;
    return (
      <BoundaryMessage
        error={error.message}
        onRetry={() => this.setState({ error: null })}
        onReset={
          onReset
            ? () => {
                onReset();
                this.setState({ error: null });
              }
            : undefined
        }
      />
    );
  }
}

function BoundaryMessage({ error, onRetry, onReset }: { error: string; onRetry: () => void; onReset?: () => void }) {
  const { t } = useTranslate();
  return (
    <div role="alert" className="error-text" data-testid="part-failed">
      <p>{t("boundary.failed", { error: error.slice(0, 200) })}</p>
      <div className="button-row">
        <button type="button" onClick={onRetry}>
          {t("boundary.retry")}
        </button>
        {onReset && (
          <button type="button" onClick={onReset}>
            {t("boundary.reset")}
          </button>
        )}
      </div>
    </div>
  );
}
