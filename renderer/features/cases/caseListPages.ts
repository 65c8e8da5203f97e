/**
 * The case list in windows: the main process sends blocks of PAGE_SIZE rows of the ordered list
 * and the number of cases passing the filters, so an answer does not grow with the store. The
 * table says which rows are in view (showRange) and the blocks holding them are asked for once.
 * Other filters or another sort start again from the first block; until it arrives the list
 * shown so far stays (no flicker, the focus stays on the sort button). Answers for filters no
 * longer shown, from before a lock or for a screen already gone are dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Input } from '../../../electron/contract';
import type { CaseSummary } from '../../../electron/contract/areas/cases';
import { call } from '../../api';
import { lockEpoch } from '../../state/session';

/** Rows in one answer: a few screenfuls, so scrolling rarely waits. */
export const PAGE_SIZE = 100;

type ListFilters = Omit<Input<'cases.list'>, 'offset' | 'limit'>;

interface Loaded {
  /** The filters and sort these rows belong to. */
  key: string;
  total: number | null;
  /** Blocks of rows by their number (offset / PAGE_SIZE). */
  blocks: Map<number, CaseSummary[]>;
  error: string | null;
}

export interface CaseWindows {
  /** How many cases pass the filters; null until the first answer. */
  total: number | null;
  error: string | null;
  /** Another list (filters, sort) is asked for and has not arrived yet. */
  loading: boolean;
  /** Changes whenever another list is shown (filters or sort): the table starts at the top. */
  listKey: string;
  /** The row at `index`, or undefined while its block has not arrived. */
  rowAt: (index: number) => CaseSummary | undefined;
  /** Where a case is among the rows that have arrived, or -1. */
  indexOf: (caseId: string | null) => number;
  /** The rows `first`…`last` are in view (with a margin): asks for the blocks not yet asked for. */
  showRange: (first: number, last: number) => void;
}

const EMPTY: Loaded = { key: '', total: null, blocks: new Map(), error: null };

export function useCaseWindows(filters: ListFilters): CaseWindows {
  const key = JSON.stringify(filters);
  const [loaded, setLoaded] = useState<Loaded>(EMPTY);
  /** The list asked for now; answers for any other are stale. */
  const wanted = useRef(key);
  /** Blocks asked for, as "key#block", so each is asked for once. */
  const asked = useRef(new Set<string>());
  const mounted = useRef(true);
  const shown = useRef('');

  const fetchBlock = useCallback((listKey: string, block: number) => {
    const id = `${listKey}#${block}`;
    if (asked.current.has(id)) return;
    asked.current.add(id);
    const epoch = lockEpoch();
    const input = { ...(JSON.parse(listKey) as ListFilters), offset: block * PAGE_SIZE, limit: PAGE_SIZE };
    void call('cases.list', input).then((result) => {
      if (!mounted.current || wanted.current !== listKey || epoch !== lockEpoch()) return;
      if (!result.ok) {
        asked.current.delete(id);
        setLoaded((current) => ({
          key: listKey,
          total: current.key === listKey ? current.total : null,
          blocks: current.key === listKey ? current.blocks : new Map(),
          error: result.error.message,
        }));
        return;
      }
      const { rows, total } = result.value;
      setLoaded((current) => {
        // Another list, or the same one changed meanwhile (a case added or closed): only this block is known to be right.
        const fresh = current.key !== listKey || current.total !== total;
        if (fresh) for (const other of asked.current) if (other.startsWith(`${listKey}#`) && other !== id) asked.current.delete(other);
        const blocks = fresh ? new Map<number, CaseSummary[]>() : new Map(current.blocks);
        blocks.set(block, rows);
        return { key: listKey, total, blocks, error: null };
      });
    });
  }, []);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // Other filters or sort: start again from the first block.
  useEffect(() => {
    wanted.current = key;
    asked.current.clear();
    fetchBlock(key, 0);
  }, [key, fetchBlock]);

  const current = loaded;
  // The list on screen, for showRange (the table's effects run before this component's).
  shown.current = current.key;
  const showRange = useCallback(
    (first: number, last: number) => {
      const listKey = wanted.current;
      // While another list is on its way, the positions in view belong to the old one: the new one starts at the top.
      if (first > last || shown.current !== listKey) return;
      for (let block = Math.floor(first / PAGE_SIZE); block <= Math.floor(last / PAGE_SIZE); block += 1) fetchBlock(listKey, block);
    },
    [fetchBlock],
  );
  const rowAt = useCallback((index: number) => current.blocks.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], [current]);
  const indexOf = useCallback(
    (caseId: string | null) => {
      if (caseId === null) return -1;
      for (const [block, rows] of current.blocks) {
        const at = rows.findIndex((row) => row.id === caseId);
        if (at >= 0) return block * PAGE_SIZE + at;
      }
      return -1;
    },
    [current],
  );
  return {
    total: current.total,
    error: current.error,
    loading: current.key !== key,
    listKey: current.key,
    rowAt,
    indexOf,
    showRange,
  };
}
