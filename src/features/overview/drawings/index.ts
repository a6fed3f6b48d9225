import { lazy } from 'react';

/**
 * The overview's chart drawings, loaded on demand: recharts and its dependencies are most of the overview's
 * JavaScript, and loading them first held back the page's figures and text. The figures around the drawings
 * (title, explanation, table twin) are in the page's own chunk and render at once.
 */
export const PostureLine = lazy(() => import('./PostureLine'));
export const SeverityAreas = lazy(() => import('./SeverityAreas'));
export const CategoryBars = lazy(() => import('./CategoryBars'));
