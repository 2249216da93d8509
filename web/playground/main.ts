// Monaco's editor and GraphQL language workers, bundled by Vite (GraphiQL's own setup for it).
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { exampleTabs } from './exampleTabs.ts';
import { operationNameFor } from './operationName.ts';

const container = document.getElementById('graphiql');
if (!container) throw new Error('the page has no #graphiql element');

// The page is served by GET /graphql, so the API is this very URL without its query string.
const httpFetcher = createGraphiQLFetcher({ url: `${location.origin}${location.pathname}` });
const fetcher: Fetcher = (params, options) =>
  httpFetcher({ ...params, operationName: operationNameFor(params.query, params.operationName) }, options);

createRoot(container).render(
  createElement(
    StrictMode,
    null,
    createElement(GraphiQL, {
      fetcher,
      defaultTabs: exampleTabs(),
      defaultEditorToolsVisibility: 'variables',
      isHeadersEditorEnabled: true,
    }),
  ),
);
