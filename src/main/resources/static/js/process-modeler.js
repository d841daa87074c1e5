// The browser modeler: camunda-bpmn-js (bpmn-js with the Camunda 7 properties panel and Pacer's element templates)
// for BPMN, dmn-js for DMN. The server validates, stores drafts and deploys; this page only edits and shows answers.
(function () {
  var root = document.getElementById('modeler');
  if (!root) { return; }
  var kind = root.dataset.kind;
  var status = document.getElementById('modeler-status');
  var problemList = document.getElementById('problems');
  var basedOn = root.dataset.basedOn || '';
  var resourceName = root.dataset.resourceName;
  var modeler;
  var marked = [];

  function csrfHeaders() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = { Accept: 'application/json' };
    if (token && header) { headers[header.content] = token.content; }
    return headers;
  }

  function say(text, kindOfMessage) {
    status.textContent = text;
    status.className = 'modeler-status ' + (kindOfMessage || '');
  }

  function canvas() {
    if (kind !== 'BPMN') { return null; }
    return modeler.get('canvas');
  }

  // Problems are listed, and for BPMN marked on the diagram; a click on one selects its element.
  function showProblems(problems) {
    var c = canvas();
    marked.forEach(function (id) { if (c) { c.removeMarker(id, 'has-problem'); } });
    marked = [];
    problemList.innerHTML = '';
    problemList.hidden = problems.length === 0;
    problems.forEach(function (problem) {
      var item = document.createElement('li');
      item.textContent = (problem.elementId ? problem.elementId + ': ' : '') + problem.message;
      if (problem.elementId) { item.dataset.element = problem.elementId; }
      problemList.appendChild(item);
      if (c && problem.elementId && modeler.get('elementRegistry').get(problem.elementId)) {
        c.addMarker(problem.elementId, 'has-problem');
        marked.push(problem.elementId);
        item.classList.add('clickable');
        item.addEventListener('click', function () {
          modeler.get('selection').select(modeler.get('elementRegistry').get(problem.elementId));
        });
      }
    });
  }

  function currentXml() {
    return modeler.saveXML({ format: true }).then(function (result) { return result.xml; });
  }

  function send(url, extra) {
    return currentXml().then(function (xml) {
      var body = new FormData();
      body.append('xml', xml);
      body.append('resourceName', resourceName);
      Object.keys(extra || {}).forEach(function (key) { body.append(key, extra[key]); });
      return fetch(url, { method: 'POST', body: body, headers: csrfHeaders(), credentials: 'same-origin' });
    }).then(function (response) {
      // above the server's upload limit the request is cut off before Pacer can answer in its own words
      return response.json().catch(function () {
        return { message: response.status === 413
          ? 'The model is too large: Pacer takes BPMN and DMN files up to 1 MB. Nothing was saved.'
          : 'Pacer could not answer (HTTP ' + response.status + '). Nothing was saved.' };
      })
        .then(function (json) { return { status: response.status, body: json }; });
    });
  }

  document.getElementById('save-draft').addEventListener('click', function () {
    say('Saving draft…');
    send(root.dataset.drafts, { basedOn: basedOn }).then(function (answer) {
      if (answer.status === 200) {
        say('Draft #' + answer.body.id + ' saved by ' + answer.body.author + '.', 'ok');
        history.replaceState(null, '', answer.body.url);
      } else {
        say(answer.body.message || 'The draft was not saved.', 'failed');
      }
    });
  });

  document.getElementById('validate').addEventListener('click', function () {
    say('Validating…');
    send(root.dataset.validate).then(function (answer) {
      if (answer.status !== 200) {
        showProblems(answer.body.problems || []);
        say(answer.body.message || 'The model could not be validated.', 'failed');
        return;
      }
      showProblems(answer.body.problems);
      say(answer.body.valid ? 'No problems: the model may be deployed.'
        : answer.body.problems.length + ' problem(s) to fix before deploying.', answer.body.valid ? 'ok' : 'failed');
    });
  });

  document.getElementById('deploy').addEventListener('click', function () {
    say('Deploying…');
    send(root.dataset.deploy).then(function (answer) {
      if (answer.status === 201) {
        var d = answer.body.definitions[0];
        say('Deployed ' + d.key + ' version ' + d.version + '.', 'ok');
        window.location.assign(answer.body.changes);
        return;
      }
      showProblems(answer.body.problems || []);
      say(answer.body.message || 'Nothing was deployed.', 'failed');
    });
  });

  document.getElementById('download').addEventListener('click', function () {
    currentXml().then(function (xml) {
      var link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
      link.download = resourceName;
      link.click();
      URL.revokeObjectURL(link.href);
    });
  });

  var templates = kind === 'BPMN'
    ? fetch(root.dataset.templates, { headers: { Accept: 'application/json' } }).then(function (r) { return r.json(); })
    : Promise.resolve([]);
  var source = fetch(root.dataset.source).then(function (r) {
    if (!r.ok) { throw new Error('HTTP ' + r.status); }
    return r.text();
  });
  Promise.all([source, templates]).then(function (loaded) {
    if (kind === 'BPMN') {
      modeler = new BpmnModeler({
        container: '#canvas',
        propertiesPanel: { parent: '#properties' },
        elementTemplates: loaded[1]
      });
    } else {
      modeler = new DmnJS({ container: '#canvas' });
    }
    window.pacerModeler = modeler;
    return modeler.importXML(loaded[0]);
  }).then(function () {
    if (kind === 'BPMN') { modeler.get('canvas').zoom('fit-viewport'); }
    // rating tables are what process owners tune: open the first decision table rather than the diagram
    var table = kind === 'DMN' && modeler.getViews().filter(function (v) { return v.type === 'decisionTable'; })[0];
    if (table) { return modeler.open(table); }
  }).then(function () {
    root.dataset.ready = 'true';
    say('Loaded. Edit, then save a draft, validate or deploy.');
  }).catch(function (e) {
    say('The model could not be opened: ' + e.message, 'failed');
  });
})();
