// Monaco's editor and GraphQL language workers, bundled by Vite (GraphiQL's own setup for it).
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createClient } from 'graphql-sse';
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { exampleTabs } from './exampleTabs.ts';
import { operationKind, operationNameFor } from './operationName.ts';

const container = document.getElementById('graphiql');
if (!container) throw new Error('the page has no #graphiql element');

// The page is served by GET /graphql, so the API is this very URL without its query string.
const httpFetcher = createGraphiQLFetcher({ url: `${location.origin}${location.pathname}` });
// Subscriptions run over GraphQL over SSE at /graphql/stream, each its own stream.
const streams = createClient({ url: `${location.origin}${location.pathname}/stream`, retryAttempts: 0 });
const variablesOf = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value)) : undefined;
const fetcher: Fetcher = (params, options) => {
  const operationName = operationNameFor(params.query, params.operationName);
  if (operationKind(params.query, operationName) === 'subscription')
    return streams.iterate({
      query: params.query,
      // GraphiQL passes the variables editor's JSON, typed loosely.
      variables: variablesOf(params.variables),
      operationName: operationName ?? undefined,
    });
  return httpFetcher({ ...params, operationName }, options);
};

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
