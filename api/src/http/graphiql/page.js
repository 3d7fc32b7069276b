// scrm's GraphiQL page: a sign-in bar, and GraphiQL whose fetcher adds the token to every
// request. Plain JavaScript, no build step; React, ReactDOM and GraphiQL are the UMD globals
// loaded before this file. The token is kept in localStorage until "Sign out".
(function () {
  'use strict';

  var ENDPOINT = '/graphql';
  var TOKEN_KEY = 'scrm.graphiql.token';

  // Anything the Content-Security-Policy blocks is noted on <html data-csp-violations>, so
  // scripts/check-graphiql.sh sees from the rendered page that the policy fits GraphiQL.
  document.addEventListener('securitypolicyviolation', function (event) {
    var note = event.effectiveDirective + ' ' + (event.blockedURI || 'inline');
    var root = document.documentElement;
    root.dataset.cspViolations = (root.dataset.cspViolations ? root.dataset.cspViolations + '; ' : '') + note;
  });

  function byId(id) {
    return document.getElementById(id);
  }

  function storedToken() {
    try {
      return localStorage.getItem(TOKEN_KEY);
    } catch (error) {
      return null; // storage disabled: behave as signed out
    }
  }

  function storeToken(token) {
    try {
      if (token) {
        localStorage.setItem(TOKEN_KEY, token);
      } else {
        localStorage.removeItem(TOKEN_KEY);
      }
    } catch (error) {
      // storage disabled: the token lasts until the page is closed
    }
    currentToken = token;
  }

  var currentToken = storedToken();

  // POST a GraphQL request as JSON; the token goes in Authorization unless the headers pane
  // sets that header itself.
  function post(body, paneHeaders) {
    var headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    if (currentToken) {
      headers.Authorization = 'Bearer ' + currentToken;
    }
    Object.keys(paneHeaders || {}).forEach(function (name) {
      if (name.toLowerCase() === 'authorization') {
        delete headers.Authorization;
      }
      headers[name] = paneHeaders[name];
    });
    return fetch(ENDPOINT, {
      method: 'POST',
      headers: headers,
      body: JSON.stringify(body),
      credentials: 'omit',
    }).then(function (response) {
      return response.json();
    });
  }

  // Is the operation GraphiQL is about to run a subscription? GraphiQL passes the parsed
  // document along.
  function isSubscription(params, options) {
    var document = options && options.documentAST;
    if (!document) {
      return false;
    }
    var operations = document.definitions.filter(function (definition) {
      return definition.kind === 'OperationDefinition';
    });
    var chosen = operations.find(function (operation) {
      return operation.name && operation.name.value === params.operationName;
    }) || (operations.length === 1 ? operations[0] : null);
    return Boolean(chosen && chosen.operation === 'subscription');
  }

  // A subscription over the graphql-transport-ws protocol at /graphql/ws, as the observable
  // GraphiQL accepts. The token goes in the connection_init payload.
  function subscribe(params) {
    return {
      subscribe: function (observer) {
        var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
        var socket = new WebSocket(scheme + location.host + ENDPOINT + '/ws', 'graphql-transport-ws');
        var finished = false;
        function finish() {
          if (!finished) {
            finished = true;
            observer.complete();
          }
        }
        function send(message) {
          socket.send(JSON.stringify(message));
        }
        socket.onopen = function () {
          send({
            type: 'connection_init',
            payload: currentToken ? { Authorization: 'Bearer ' + currentToken } : {},
          });
        };
        socket.onmessage = function (event) {
          var message = JSON.parse(event.data);
          if (message.type === 'connection_ack') {
            send({ id: '1', type: 'subscribe', payload: params });
          } else if (message.type === 'ping') {
            send({ type: 'pong' });
          } else if (message.type === 'next') {
            observer.next(message.payload);
          } else if (message.type === 'error') {
            observer.next({ errors: message.payload });
            finish();
            socket.close(1000);
          } else if (message.type === 'complete') {
            finish();
            socket.close(1000);
          }
        };
        socket.onclose = function (event) {
          if (!finished) {
            var reason = event.reason ? ': ' + event.reason : '';
            observer.next({ errors: [{ message: 'subscription closed (' + event.code + ')' + reason }] });
            finish();
          }
        };
        return {
          unsubscribe: function () {
            if (socket.readyState === WebSocket.OPEN) {
              send({ id: '1', type: 'complete' });
            }
            finished = true;
            socket.close(1000);
          },
        };
      },
    };
  }

  function fetcher(params, options) {
    if (isSubscription(params, options)) {
      return subscribe(params);
    }
    return post(params, options && options.headers);
  }

  // The sign-in bar.
  var signInForm = byId('scrm-signin');
  var signedInBar = byId('scrm-signed-in');
  var status = byId('scrm-signin-status');

  function showSignedIn(viewer) {
    byId('scrm-who').textContent = viewer
      ? 'Signed in as ' + viewer.email + ' (' + viewer.role + ', tenant ' + viewer.tenant.slug + ')'
      : 'Signed in';
    signInForm.hidden = true;
    signedInBar.hidden = false;
  }

  function showSignedOut(message) {
    status.textContent = message || '';
    signedInBar.hidden = true;
    signInForm.hidden = false;
  }

  var VIEWER = 'query ScrmViewer { viewer { email role tenant { slug } } }';

  // Checks a token by asking who it belongs to; keeps it only if the server accepts it.
  function useToken(token) {
    storeToken(token);
    return post({ query: VIEWER, operationName: 'ScrmViewer' }).then(function (result) {
      if (result.data && result.data.viewer) {
        showSignedIn(result.data.viewer);
      } else {
        storeToken(null);
        showSignedOut(firstError(result) || 'this token is not accepted; sign in again');
      }
    }, function () {
      showSignedIn(null); // the server is unreachable: keep the token, say nothing more
    });
  }

  function firstError(result) {
    if (result.errors && result.errors.length) {
      return result.errors[0].message;
    }
    return null;
  }

  var LOGIN = 'mutation ScrmLogin($input: LoginInput!) { login(input: $input) { token userErrors { message } } }';

  signInForm.addEventListener('submit', function (event) {
    event.preventDefault();
    var fields = signInForm.elements;
    var input = {
      tenant: fields.tenant.value.trim(),
      email: fields.email.value.trim(),
      password: fields.password.value,
    };
    status.textContent = 'Signing in…';
    storeToken(null);
    post({ query: LOGIN, variables: { input: input }, operationName: 'ScrmLogin' }).then(function (result) {
      var login = result.data && result.data.login;
      if (login && login.token) {
        fields.password.value = '';
        status.textContent = '';
        return useToken(login.token);
      }
      var userError = login && login.userErrors.length ? login.userErrors[0].message : null;
      showSignedOut(userError || firstError(result) || 'sign-in failed');
    }, function (error) {
      showSignedOut('cannot reach the server: ' + error.message);
    });
  });

  byId('scrm-use-token').addEventListener('click', function () {
    var field = signInForm.elements.token;
    var token = field.value.trim().replace(/^Bearer\s+/i, '');
    field.value = '';
    if (token) {
      status.textContent = '';
      useToken(token);
    }
  });

  byId('scrm-sign-out').addEventListener('click', function () {
    // Revoke the session on the server too (post() reads the token before it is forgotten
    // below); forget the token whatever the answer.
    var revoke = currentToken ? post({ query: 'mutation ScrmLogout { logout { success } }' }) : null;
    storeToken(null);
    showSignedOut('');
    if (revoke) {
      revoke.catch(function () {});
    }
  });

  // A token kept from an earlier visit is checked once; an expired one is dropped.
  if (currentToken) {
    useToken(currentToken);
  } else {
    showSignedOut('');
  }

  // GraphiQL, with the documentation explorer open so the schema is visible at once.
  var DEFAULT_QUERY = [
    '# Sign in with the bar above: every request then carries your token.',
    '# The schema is in the documentation explorer on the left.',
    '',
    '{',
    '  viewer {',
    '    email',
    '    role',
    '    tenant { slug name }',
    '  }',
    '}',
    '',
  ].join('\n');

  ReactDOM.createRoot(byId('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: DEFAULT_QUERY,
      visiblePlugin: 'Documentation Explorer',
      shouldPersistHeaders: false,
    })
  );
})();
