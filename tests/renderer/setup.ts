/**
 * Renderer test setup: every test starts at the same fixed moment (the renderer's one clock), and
 * after each test the screen is unmounted and real timers are given back.
 */
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { setClock } from '../../renderer/state/clock';
import { TEST_NOW } from './testClock';

beforeEach(() => {
  setClock(TEST_NOW);
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  setClock(TEST_NOW);
});
