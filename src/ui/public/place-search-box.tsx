import { useId, useRef, useState } from "react";
import { layersStore, uiStore } from "../../state/app-stores";
import { featureBbox, findPlaces, type PlaceMatch, placeIndexFor } from "../../state/place-search";
import type { MessageKey } from "../i18n/translate";
import { useTranslate } from "../use-translate";

/** Offline place search (combobox): Chinese names and pinyin; choosing a result zooms to it and opens its card. */
export function PlaceSearchBox() {
  const { t } = useTranslate();
  const listId = useId();
  const [query, setQuery] = useState("");
  const [matches, setMatches] = useState<PlaceMatch[]>([]);
  const [isLoading, setIsLoading] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  /** The text whose results `matches` holds; null once a result was chosen (its name is then the query). */
  const [searchedText, setSearchedText] = useState<string | null>(null);
  /** Numbers searches so that only the latest typed text's results are shown. */
  const searchCount = useRef(0);
  const runSearch = async (text: string) => {
    setQuery(text);
    const search = ++searchCount.current;
    if (!text.trim()) {
      setMatches([]);
      setSearchedText(null);
      setIsLoading(false);
      return;
    }
    setIsLoading(true);
    const index = await placeIndexFor(layersStore.getState());
    if (search !== searchCount.current) return;
    setIsLoading(false);
    setMatches(findPlaces(index, text));
    setSearchedText(text);
    setActiveIndex(-1);
  };
  const choose = (match: PlaceMatch) => {
    const bbox = featureBbox(layersStore.getState(), match.layerId, match.featureIndex);
    if (bbox) uiStore.getState().requestView(bbox);
    uiStore.getState().selectFeature({ layerId: match.layerId, featureIndex: match.featureIndex });
    searchCount.current += 1;
    setQuery(match.name);
    setMatches([]);
    setSearchedText(null);
    setIsLoading(false);
  };
  const isOpen = matches.length > 0;
  return (
    <div className="place-search">
      <input
        type="search"
        role="combobox"
        aria-label={t("search.label")}
        aria-expanded={isOpen}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeIndex >= 0 ? `${listId}-${activeIndex}` : undefined}
        placeholder={t("search.placeholder")}
        value={query}
        data-testid="place-search"
        onChange={(event) => void runSearch(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") setActiveIndex((index) => Math.min(matches.length - 1, index + 1));
          else if (event.key === "ArrowUp") setActiveIndex((index) => Math.max(0, index - 1));
          else if (event.key === "Enter" && matches.length > 0) choose(matches[Math.max(0, activeIndex)] as PlaceMatch);
          else if (event.key === "Escape") setMatches([]);
        }}
      />
      {isLoading && <p className="hint">{t("search.loading")}</p>}
      {!isLoading && searchedText === query && matches.length === 0 && (
        <p className="hint" data-testid="search-none">
          {t("search.none", { query })}
        </p>
      )}
      <ul id={listId} role="listbox" className="search-results" hidden={!isOpen}>
        {matches.map((match, index) => (
          <li
            key={`${match.layerId}-${match.featureIndex}`}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === activeIndex}
            onClick={() => choose(match)}
            onKeyDown={() => {}}
          >
            <span>{match.name}</span>
            <span className="hint"> · {t(`kind.${match.kind ?? "place"}` as MessageKey)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
