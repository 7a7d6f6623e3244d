/**
 * One study called by several words: a bare definite research document (`the trial` after `a
 * preprint`) after a named study the story relies on is that study, as named as its
 * authors (decision 68 of the labelled sets); and a survey or count `organised by` a named body
 * is that body's. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('another word for the named study is that study', () => {
  test.each([
    [
      'Aspirin may cut strokes, according to a preprint posted on Monday by researchers at Velden University. The trial found that 9 percent of patients had a stroke.',
      'found',
      'The trial',
    ],
    [
      'Steroids may speed recovery, according to a study led by doctors at the Marrow Institute. The trial showed that patients left hospital two days sooner.',
      'showed',
      'The trial',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, true]);
  });

  test.each([
    // the earlier study is unnamed: nothing to inherit
    [
      'Aspirin may cut strokes, according to a preprint posted online. The trial found that 9 percent of patients had a stroke.',
      'found',
      'The trial',
    ],
    // the word stood for another study before the named one
    [
      'A trial by an unnamed drugmaker was halted in May. Aspirin may cut strokes, according to a preprint posted on Monday by researchers at Velden University. The trial found that 9 percent of patients had a stroke.',
      'found',
      'The trial',
    ],
  ])('not: %s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });
});

describe('a survey organised by a named body is its own', () => {
  test.each([
    [
      'Curlews have declined by a third, a survey organised by the Northmark Bird Trust found.',
      'found',
      'a survey organised by the Northmark Bird Trust',
    ],
    [
      'A study organized by the Tarn Valley Society showed that otters had returned.',
      'showed',
      'A study organized by the Tarn Valley Society',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, true]);
  });
});
