import { readFile } from 'node:fs/promises';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { Config } from '../config.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import { webPages } from './webBundle.ts';

const notBuiltPage = `<!doctype html><meta charset="utf-8"><title>Playground not built</title>
<p>The playground has not been built. Run <code>npm run build</code> (or <code>npm start</code>, which builds it when missing).</p>`;

/**
 * Our GraphiQL bundle as Apollo's landing page. The HTML is read per request so a rebuild (new
 * asset hashes) is picked up without a restart; a missing build says how to make it.
 */
function graphiqlLandingPage(): ApolloServerPlugin<GraphQLContext> {
  return {
    serverWillStart() {
      return Promise.resolve({
        renderLandingPage() {
          return Promise.resolve({
            html: () => readFile(webPages.playground, 'utf8').catch(() => notBuiltPage),
          });
        },
      });
    },
  };
}

/**
 * What GET /graphql shows a browser. Apollo's own default loads Sandbox from its CDN, which fails
 * offline, so it is installed only when asked for; POSTs are unaffected by the choice.
 */
export function playgroundPlugin(playground: Config['playground']): ApolloServerPlugin<GraphQLContext> {
  switch (playground) {
    case 'graphiql':
      return graphiqlLandingPage();
    case 'sandbox':
      return ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false });
    case 'off':
      return ApolloServerPluginLandingPageDisabled();
  }
}
