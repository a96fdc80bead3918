/*
 * The Civitas dashboard: plain script, no build step. It reads the public API (/api/v1) like any
 * other client and decides nothing itself: every figure and schedule state shown is the server's.
 * Views are chosen by the address's fragment (#/units/dgpe?asOf=2025-06-30), so that each page
 * can be bookmarked and shared, and the day asked travels with it.
 */
'use strict';

(() => {
  // ------------------------------------------------------------------------------ the words

  /** Every string of the interface, in each language it is offered in. */
  const STRINGS = {
    fr: {
      locale: 'fr-FR',
      label: (name) => `${name} : `,
      skip: 'Aller au contenu',
      subtitle: 'Organisation, stratégies et engagements',
      language: 'Langue',
      sections: 'Rubriques',
      breadcrumb: 'Fil d’Ariane',
      navUnits: 'Organigramme',
      navStrategies: 'Stratégies',
      navCommitments: 'Engagements',
      loading: 'Chargement…',
      footer: 'Données publiées avec Civitas. Les programmes peuvent les lire par l’API :',
      editorSpace: 'Espace éditeur',
      editorSignedIn: 'Éditeur connecté',
      tokenLabel: 'Jeton d’accès',
      tokenHint: 'Gardé dans cet onglet seulement, jusqu’à sa fermeture.',
      signIn: 'Se connecter',
      signOut: 'Se déconnecter',
      signedIn:
        'Vous êtes connecté : vous pouvez déclarer l’avancement des engagements de votre périmètre.',
      signedOut: 'Vous êtes déconnecté.',
      tokenEmpty: 'Saisissez le jeton qui vous a été remis.',
      tokenRefused: 'Ce jeton est refusé.',
      asOf: 'Situation au',
      today: 'Aujourd’hui',
      asOfNote: (day) => `Situation au ${day}`,
      // organisation chart
      orgChartTitle: 'Organigramme',
      orgChartLead: (n, day) =>
        `${n} unités en vigueur au ${day}. Dépliez une unité pour voir celles qui la composent ; ` +
        'ouvrez-la pour lire son mandat et ses engagements.',
      search: 'Rechercher une unité',
      searchHint: 'Par son nom, son sigle ou l’une de ses attributions.',
      searchPlaceholder: 'ex. enfance, DGPE, alphabétisation',
      results: 'Résultats de la recherche',
      unitsFound: (n, q) =>
        n === 0
          ? `Aucune unité ne correspond à « ${q} ».`
          : n === 1
            ? `1 unité correspond à « ${q} ».`
            : `${n} unités correspondent à « ${q} ».`,
      searchShort: 'Saisissez au moins deux lettres.',
      foundBy: {
        acronym: 'Trouvée par son sigle',
        name: 'Trouvée par son nom',
        attribution: 'Trouvée dans une attribution :',
      },
      under: 'Rattachée à',
      structure: 'Structure',
      expandAll: 'Tout déplier',
      collapseAll: 'Tout replier',
      subunitsOf: (name) => `Unités de ${name}`,
      noUnit: 'Aucune unité n’était en vigueur à cette date.',
      commitmentsCount: (n) => (n <= 1 ? `${n} engagement` : `${n} engagements`),
      commitmentsWord: (n) => (n <= 1 ? 'engagement' : 'engagements'),
      // unit page
      acronymLabel: 'Sigle',
      territory: 'Territoire',
      staff: 'Effectif',
      lifetime: 'Existence',
      notInForce: (day) => `Cette unité n’était pas en vigueur au ${day}.`,
      mandate: 'Mandat',
      noMandate: 'Les sources ne donnent pas le mandat de cette unité.',
      basis: 'Texte de référence',
      notExhaustive: 'Liste non exhaustive',
      notExhaustiveNote: 'La source dit « notamment » : d’autres missions peuvent s’y ajouter.',
      exhaustive: 'Liste complète des attributions',
      posts: 'Postes',
      holderVacant: 'titulaire non indiqué',
      links: 'Liens avec d’autres unités',
      parentUnit: 'Unité de rattachement',
      children: 'Unités qui la composent',
      ledCommitments: 'Engagements qu’elle mène',
      noCommitment: 'Aucun engagement.',
      rollUp: 'Bilan de l’unité et de celles qui la composent',
      meanProgress: 'Avancement moyen',
      unitChart: (day) => `Organigramme au ${day}`,
      noChart: 'Cette unité n’était pas en vigueur à cette date : elle n’a pas d’organigramme.',
      history: 'Historique',
      names: 'Dénominations',
      nameInForce: (day) => `en vigueur au ${day}`,
      parentUnits: 'Rattachements',
      predecessors: 'A repris les missions de',
      successors: 'Ses missions ont été reprises par',
      endedBy: 'Fin de l’unité',
      noRestructuring: 'Aucune restructuration n’est enregistrée pour cette unité.',
      allDays: 'sans date',
      restructuringTypes: {
        rename: 'changement de dénomination',
        move: 'changement de rattachement',
        merge: 'fusion',
        split: 'scission',
        dissolve: 'dissolution',
      },
      event: (type, day) => `${type}, le ${day}`,
      // strategies
      strategiesTitle: 'Stratégies',
      strategiesLead: 'Les stratégies enregistrées, avec leurs axes, objectifs et actions.',
      noStrategy: 'Aucune stratégie n’est enregistrée.',
      owner: 'Porteur',
      period: 'Période',
      counts: (axes, objectives, actions) =>
        `${axes} axe${axes > 1 ? 's' : ''} · ${objectives} objectif${objectives > 1 ? 's' : ''} · ` +
        `${actions} action${actions > 1 ? 's' : ''}`,
      summary: 'Résumé',
      coverage: 'Qui porte les actions ?',
      coverageLine: (n, unowned) =>
        `${n} actions, dont ${unowned} sans unité porteuse désignée par la source.`,
      onlyUnowned: 'N’afficher que les actions sans porteur',
      unowned: 'Sans porteur',
      owners: 'Porteur(s) :',
      noObjective: 'La source ne détaille pas cet axe en objectifs.',
      noAction: 'Aucune action.',
      objective: 'Objectif',
      servingCommitments: 'Engagements qui y contribuent',
      contents: 'Sommaire',
      axisCounts: (actions, unowned) =>
        `${actions} action${actions > 1 ? 's' : ''}${unowned ? `, dont ${unowned} sans porteur` : ''}`,
      axisKinds: { strategic: 'Axe stratégique', support: 'Axe d’appui', program: 'Programme' },
      // commitments
      commitmentsTitle: 'Engagements',
      commitmentsLead: (day) =>
        `L’avancement des engagements au ${day}, chacun sous l’unité qui le mène.`,
      commitment: 'Engagement',
      lead: 'Unité porteuse',
      contributors: 'Unités contributrices',
      partners: 'Partenaires',
      progress: 'Avancement',
      state: 'État',
      problem: 'Le problème',
      solution: 'La solution proposée',
      expectedResult: 'Le résultat attendu',
      contributesTo: 'Contribue à',
      activities: 'Activités',
      noActivity: 'Aucune activité.',
      weight: 'poids',
      status: 'Statut',
      done: (x) => `${x} réalisé`,
      expected: (x) => `${x} attendu à cette date`,
      progressText: (x, expected) => (expected ? `${x}, ${expected} attendu` : x),
      indicators: 'Indicateurs',
      noIndicator: 'Aucun indicateur.',
      indicator: 'Indicateur',
      baseline: 'Valeur de départ',
      target: 'Cible',
      latest: 'Dernière mesure',
      achievement: 'Réalisation',
      trend: 'Évolution',
      noMeasurement: 'Aucune mesure',
      legend: { measured: 'mesures', baseline: 'valeur de départ', target: 'cible' },
      notGiven: 'non indiquée',
      chartLabel: (measures, target) =>
        `Mesures : ${measures || 'aucune'}${target ? ` ; cible ${target}` : ''}`,
      at: (value, day) => `${value} (${day})`,
      indicatorKinds: { monitoring: 'suivi', impact: 'impact' },
      directions: { increase: 'à la hausse', decrease: 'à la baisse' },
      // reporting progress
      report: 'Déclarer l’avancement',
      progressInput: 'Avancement (%)',
      progressInvalid: 'Saisissez un pourcentage entre 0 et 100.',
      note: 'Note (facultative)',
      save: 'Enregistrer',
      saving: 'Enregistrement…',
      saved: (x) => `Avancement enregistré : ${x}.`,
      reload: 'Recharger l’engagement',
      refused: {
        400: 'Refusé : la déclaration n’est pas valable.',
        401: 'Refusé : votre jeton est absent, inconnu ou révoqué. Connectez-vous dans l’Espace éditeur.',
        403: 'Refusé : votre jeton ne permet pas de modifier cet engagement, qui est hors de votre périmètre.',
        404: 'Introuvable.',
        412: 'Refusé : l’engagement a été modifié depuis que vous l’avez lu. Rechargez-le pour voir la version actuelle, puis déclarez à nouveau.',
        428: 'Refusé : la version lue manque. Rechargez l’engagement.',
        0: 'Le serveur ne répond pas. Vérifiez la connexion et réessayez.',
      },
      refusedOther: (status) => `Le serveur a refusé la demande (${status}).`,
      serverSays: 'Réponse du serveur :',
      notFound: 'Cette page n’existe pas.',
      backHome: 'Revenir à l’organigramme',
      // codes
      states: {
        overdue: 'en retard',
        behind: 'à la traîne',
        'on-track': 'dans les temps',
        'not-started-yet': 'pas encore commencé',
        completed: 'terminé',
        cancelled: 'annulé',
      },
      statuses: {
        'not-started': 'non commencée',
        'in-progress': 'en cours',
        completed: 'achevée',
        cancelled: 'annulée',
      },
      kinds: {
        government: 'Gouvernement',
        ministry: 'Ministère',
        cabinet: 'Cabinet',
        'general-secretariat': 'Secrétariat général',
        'general-directorate': 'Direction générale',
        directorate: 'Direction',
        'regional-directorate': 'Direction régionale',
        division: 'Division',
        'provincial-delegation': 'Délégation provinciale',
        service: 'Service',
        cell: 'Cellule',
        unit: 'Unité',
        commission: 'Commission',
        committee: 'Comité',
        center: 'Centre',
        agency: 'Établissement',
        'social-service': 'Service social',
        other: 'Autre',
      },
      linkTypes: {
        supervises: 'exerce la tutelle sur',
        'secretariat-of': 'assure le secrétariat de',
        coordinates: 'coordonne',
        'attached-to': 'est rattaché à',
      },
      roles: { head: 'responsable', deputy: 'adjoint', assistant: 'assistant', member: 'membre' },
      levels: {
        national: 'national',
        region: 'région',
        province: 'province',
        prefecture: 'préfecture',
        commune: 'commune',
        other: 'autre',
      },
      partnerTypes: {
        association: 'association',
        ngo: 'ONG',
        international: 'organisation internationale',
        private: 'secteur privé',
        public: 'organisme public',
        other: 'autre',
      },
      since: (day) => `depuis ${day}`,
      until: (day) => `jusqu’à ${day}`,
    },
    en: {
      locale: 'en-GB',
      label: (name) => `${name}: `,
      skip: 'Skip to content',
      subtitle: 'Organisation, strategies and commitments',
      language: 'Language',
      sections: 'Sections',
      breadcrumb: 'Breadcrumb',
      navUnits: 'Organisation chart',
      navStrategies: 'Strategies',
      navCommitments: 'Commitments',
      loading: 'Loading…',
      footer: 'Data published with Civitas. Programs can read it through the API:',
      editorSpace: 'Editor sign-in',
      editorSignedIn: 'Editor signed in',
      tokenLabel: 'Access token',
      tokenHint: 'Kept in this tab only, until it is closed.',
      signIn: 'Sign in',
      signOut: 'Sign out',
      signedIn: 'You are signed in: you may report progress on the commitments in your scope.',
      signedOut: 'You are signed out.',
      tokenEmpty: 'Enter the token you were given.',
      tokenRefused: 'This token is refused.',
      asOf: 'As of',
      today: 'Today',
      asOfNote: (day) => `As of ${day}`,
      orgChartTitle: 'Organisation chart',
      orgChartLead: (n, day) =>
        `${n} units in force on ${day}. Expand a unit to see the units it is made of; ` +
        'open it to read its mandate and commitments.',
      search: 'Search for a unit',
      searchHint: 'By its name, its acronym or one of its attributions.',
      searchPlaceholder: 'e.g. enfance, DGPE, alphabétisation',
      results: 'Search results',
      unitsFound: (n, q) =>
        n === 0
          ? `No unit matches “${q}”.`
          : n === 1
            ? `1 unit matches “${q}”.`
            : `${n} units match “${q}”.`,
      searchShort: 'Type at least two letters.',
      foundBy: {
        acronym: 'Found by its acronym',
        name: 'Found by its name',
        attribution: 'Found in an attribution:',
      },
      under: 'Part of',
      structure: 'Structure',
      expandAll: 'Expand all',
      collapseAll: 'Collapse all',
      subunitsOf: (name) => `Units of ${name}`,
      noUnit: 'No unit was in force on that day.',
      commitmentsCount: (n) => (n === 1 ? '1 commitment' : `${n} commitments`),
      commitmentsWord: (n) => (n === 1 ? 'commitment' : 'commitments'),
      acronymLabel: 'Acronym',
      territory: 'Territory',
      staff: 'Staff',
      lifetime: 'Existence',
      notInForce: (day) => `This unit was not in force on ${day}.`,
      mandate: 'Mandate',
      noMandate: 'The sources do not give this unit’s mandate.',
      basis: 'Legal basis',
      notExhaustive: 'Not an exhaustive list',
      notExhaustiveNote: 'The source says « notamment » (“in particular”): there may be other duties.',
      exhaustive: 'Complete list of attributions',
      posts: 'Posts',
      holderVacant: 'holder not given',
      links: 'Links with other units',
      parentUnit: 'Part of',
      children: 'Units it is made of',
      ledCommitments: 'Commitments it leads',
      noCommitment: 'No commitment.',
      rollUp: 'Summary of the unit and the units it is made of',
      meanProgress: 'Mean progress',
      unitChart: (day) => `Organisation chart as of ${day}`,
      noChart: 'This unit was not in force on that day: it has no organisation chart.',
      history: 'History',
      names: 'Names',
      nameInForce: (day) => `in force on ${day}`,
      parentUnits: 'Parent units',
      predecessors: 'Took over the work of',
      successors: 'Its work was taken over by',
      endedBy: 'End of the unit',
      noRestructuring: 'No restructuring is recorded for this unit.',
      allDays: 'no dates given',
      restructuringTypes: {
        rename: 'renaming',
        move: 'move to another parent',
        merge: 'merger',
        split: 'split',
        dissolve: 'dissolution',
      },
      event: (type, day) => `${type}, on ${day}`,
      strategiesTitle: 'Strategies',
      strategiesLead: 'The strategies on record, with their axes, objectives and actions.',
      noStrategy: 'No strategy is on record.',
      owner: 'Owner',
      period: 'Period',
      counts: (axes, objectives, actions) =>
        `${axes} ${axes === 1 ? 'axis' : 'axes'} · ${objectives} objective${objectives === 1 ? '' : 's'} · ` +
        `${actions} action${actions === 1 ? '' : 's'}`,
      summary: 'Summary',
      coverage: 'Who owns the actions?',
      coverageLine: (n, unowned) =>
        `${n} actions, of which ${unowned} have no owning unit named by the source.`,
      onlyUnowned: 'Show only the actions nobody owns',
      unowned: 'No owner',
      owners: 'Owner(s):',
      noObjective: 'The source does not break this axis down into objectives.',
      noAction: 'No action.',
      objective: 'Objective',
      servingCommitments: 'Commitments contributing to it',
      contents: 'Contents',
      axisCounts: (actions, unowned) =>
        `${actions} action${actions === 1 ? '' : 's'}${unowned ? `, ${unowned} with no owner` : ''}`,
      axisKinds: { strategic: 'Strategic axis', support: 'Support axis', program: 'Programme' },
      commitmentsTitle: 'Commitments',
      commitmentsLead: (day) => `How far each commitment had got on ${day}, under the unit leading it.`,
      commitment: 'Commitment',
      lead: 'Lead unit',
      contributors: 'Contributing units',
      partners: 'Partners',
      progress: 'Progress',
      state: 'State',
      problem: 'The problem',
      solution: 'The proposed solution',
      expectedResult: 'The expected result',
      contributesTo: 'Contributes to',
      activities: 'Activities',
      noActivity: 'No activity.',
      weight: 'weight',
      status: 'Status',
      done: (x) => `${x} done`,
      expected: (x) => `${x} expected by this day`,
      progressText: (x, expected) => (expected ? `${x}, ${expected} expected` : x),
      indicators: 'Indicators',
      noIndicator: 'No indicator.',
      indicator: 'Indicator',
      baseline: 'Baseline',
      target: 'Target',
      latest: 'Latest measurement',
      achievement: 'Achievement',
      trend: 'Trend',
      noMeasurement: 'No measurement',
      legend: { measured: 'measurements', baseline: 'baseline', target: 'target' },
      notGiven: 'not given',
      chartLabel: (measures, target) =>
        `Measurements: ${measures || 'none'}${target ? `; target ${target}` : ''}`,
      at: (value, day) => `${value} (${day})`,
      indicatorKinds: { monitoring: 'monitoring', impact: 'impact' },
      directions: { increase: 'should rise', decrease: 'should fall' },
      report: 'Report progress',
      progressInput: 'Progress (%)',
      progressInvalid: 'Enter a percentage from 0 to 100.',
      note: 'Note (optional)',
      save: 'Save',
      saving: 'Saving…',
      saved: (x) => `Progress saved: ${x}.`,
      reload: 'Reload the commitment',
      refused: {
        400: 'Refused: the report is not valid.',
        401: 'Refused: your token is missing, unknown or revoked. Sign in under Editor sign-in.',
        403: 'Refused: your token does not allow changes to this commitment, which is outside your scope.',
        404: 'Not found.',
        412: 'Refused: the commitment changed since you read it. Reload it to see the current version, then report again.',
        428: 'Refused: the version read is missing. Reload the commitment.',
        0: 'The server does not answer. Check the connection and try again.',
      },
      refusedOther: (status) => `The server refused the request (${status}).`,
      serverSays: 'The server says:',
      notFound: 'There is no such page.',
      backHome: 'Back to the organisation chart',
      states: {
        overdue: 'overdue',
        behind: 'behind',
        'on-track': 'on track',
        'not-started-yet': 'not started yet',
        completed: 'completed',
        cancelled: 'cancelled',
      },
      statuses: {
        'not-started': 'not started',
        'in-progress': 'in progress',
        completed: 'completed',
        cancelled: 'cancelled',
      },
      kinds: {
        government: 'Government',
        ministry: 'Ministry',
        cabinet: 'Cabinet',
        'general-secretariat': 'General secretariat',
        'general-directorate': 'General directorate',
        directorate: 'Directorate',
        'regional-directorate': 'Regional directorate',
        division: 'Division',
        'provincial-delegation': 'Provincial delegation',
        service: 'Service',
        cell: 'Cell',
        unit: 'Unit',
        commission: 'Commission',
        committee: 'Committee',
        center: 'Centre',
        agency: 'Agency',
        'social-service': 'Social service',
        other: 'Other',
      },
      linkTypes: {
        supervises: 'supervises',
        'secretariat-of': 'is the secretariat of',
        coordinates: 'coordinates',
        'attached-to': 'is attached to',
      },
      roles: { head: 'head', deputy: 'deputy', assistant: 'assistant', member: 'member' },
      levels: {
        national: 'national',
        region: 'region',
        province: 'province',
        prefecture: 'prefecture',
        commune: 'commune',
        other: 'other',
      },
      partnerTypes: {
        association: 'association',
        ngo: 'NGO',
        international: 'international organisation',
        private: 'private sector',
        public: 'public body',
        other: 'other',
      },
      since: (day) => `since ${day}`,
      until: (day) => `until ${day}`,
    },
  };

  /** From worst to best, as the server ranks them. */
  const STATE_ORDER = ['overdue', 'behind', 'on-track', 'not-started-yet', 'completed', 'cancelled'];
  const STATUSES = ['not-started', 'in-progress', 'completed', 'cancelled'];
  const DAY = /^\d{4}-\d{2}-\d{2}$/;

  const state = {
    language: STRINGS[localStorage.getItem('civitas.language')]
      ? localStorage.getItem('civitas.language')
      : 'fr',
    token: sessionStorage.getItem('civitas.token') || '',
    asOf: '',
    units: new Map(), // day asked ('' for today) -> Promise of the units in force that day
    expanded: null, // ids of the tree's open units; null until the tree is first drawn
    flash: null, // a message to show once the page is drawn again, e.g. after a save
    focus: null, // the id of the element to focus once the page is drawn again
    rendering: 0,
  };

  /** The words of the language chosen; a function is called with the arguments given. */
  function t(key, ...args) {
    const value = STRINGS[state.language][key];
    return typeof value === 'function' ? value(...args) : value;
  }

  // ---------------------------------------------------------------------------- the page

  /** An element with its attributes and children; text is always set as text, never as HTML. */
  function h(tag, attributes, ...children) {
    return build(document.createElement(tag), attributes, children);
  }

  function svg(tag, attributes, ...children) {
    return build(document.createElementNS('http://www.w3.org/2000/svg', tag), attributes, children);
  }

  function build(element, attributes, children) {
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
      else element.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      element.append(child instanceof Node ? child : String(child));
    }
    return element;
  }

  /**
   * A text of the data in the language asked when the dataset has it, else French, else any: with
   * its language and dir="auto" so that Arabic is laid out right to left.
   */
  function pick(text) {
    if (!text) return null;
    const tags = Object.keys(text);
    const primary = (tag) => tag.toLowerCase().split('-')[0];
    const tag =
      tags.find((k) => primary(k) === state.language) ||
      tags.find((k) => primary(k) === 'fr') ||
      tags[0];
    return tag ? { lang: tag, value: text[tag] } : null;
  }

  function localized(text, tag = 'span', attributes = {}) {
    const chosen = pick(text);
    if (!chosen) return null;
    return h(tag, { ...attributes, lang: chosen.lang, dir: 'auto' }, chosen.value);
  }

  function plain(text) {
    const chosen = pick(text);
    return chosen ? chosen.value : '';
  }

  function locale() {
    return t('locale');
  }

  /** A date as its source gave it: 2024, 2024-01 or 2024-01-15. */
  function partialDate(text) {
    if (!text) return null;
    const [year, month, day] = text.split('-').map(Number);
    if (!month) return String(year);
    const options = day
      ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { month: 'long', year: 'numeric', timeZone: 'UTC' };
    return new Intl.DateTimeFormat(locale(), options).format(
      new Date(Date.UTC(year, month - 1, day || 1)),
    );
  }

  function period(p) {
    if (!p) return null;
    const start = partialDate(p.start);
    const end = partialDate(p.end);
    if (start && end) return `${start} – ${end}`;
    if (start) return t('since', start);
    if (end) return t('until', end);
    return null;
  }

  function percent(value) {
    if (value === null || value === undefined) return '—';
    const number = new Intl.NumberFormat(locale(), {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(value);
    return `${number}\u00a0%`;
  }

  function quantity(value) {
    return new Intl.NumberFormat(locale(), { maximumFractionDigits: 2 }).format(Number(value));
  }

  function unitName(unit) {
    return unit ? plain(unit.name) : '';
  }

  /** A unit's acronym and name as a link to its page; its id when it is not known that day. */
  function unitLink(id, units, attributes = {}) {
    const unit = units && units.byId.get(id);
    return h(
      'a',
      {
        ...attributes,
        class: `unit-link${attributes.class ? ` ${attributes.class}` : ''}`,
        href: link(`/units/${encodeURIComponent(id)}`),
      },
      unit && unit.acronym ? [h('span', { class: 'acronym' }, unit.acronym), ' '] : null,
      unit ? localized(unit.name, 'span', { class: 'unit-name' }) : h('span', { class: 'unit-name' }, id),
    );
  }

  function stateBadge(code) {
    if (!code) return null;
    return h('span', { class: `state state-${code}` }, t('states')[code] || code);
  }

  function clamp(value) {
    return Math.max(0, Math.min(100, Number(value) || 0));
  }

  /** Progress drawn against the progress expected on the day: the bar, and a mark where it should be. */
  function meter(progress, expected, code, label) {
    const bar = h('div', {
      class: 'meter',
      role: 'progressbar',
      'aria-label': label || t('progress'),
      'aria-valuemin': 0,
      'aria-valuemax': 100,
      'aria-valuenow': clamp(progress),
      'aria-valuetext': t(
        'progressText',
        percent(progress),
        expected === null || expected === undefined ? null : percent(expected),
      ),
    });
    const fill = h('div', { class: `meter-fill state-${code || 'none'}` });
    fill.style.width = `${clamp(progress)}%`;
    bar.append(fill);
    if (expected !== null && expected !== undefined) {
      const mark = h('div', { class: 'meter-expected' });
      mark.style.left = `${clamp(expected)}%`;
      bar.append(mark);
    }
    return bar;
  }

  function section(title, id, ...content) {
    return h(
      'section',
      { class: 'card', 'aria-labelledby': id },
      h('h2', { id }, title),
      ...content,
    );
  }

  function definitionList(rows) {
    const list = h('dl', { class: 'facts' });
    for (const [term, value] of rows) {
      if (value === null || value === undefined || value === '') continue;
      list.append(h('div', {}, h('dt', {}, term), h('dd', {}, value)));
    }
    return list;
  }

  /** The refusal in words of the interface, then the server's own explanation. */
  function problemBox(error, ...actions) {
    const status = error.status;
    const lead = t('refused')[status] || t('refusedOther', status);
    const detail = error.problem && error.problem.detail;
    return h(
      'div',
      { class: 'problem', role: 'alert' },
      h('p', { class: 'problem-lead' }, lead),
      detail
        ? h(
            'p',
            { class: 'problem-detail' },
            h('span', { class: 'problem-label' }, t('serverSays')),
            ' ',
            h('span', { lang: 'en' }, detail),
            error.problem.title ? h('span', { class: 'problem-code' }, ` (${status} — ${error.problem.title})`) : null,
          )
        : null,
      actions,
    );
  }

  // ------------------------------------------------------------------------------ the API

  class Refusal extends Error {
    constructor(status, problem) {
      super((problem && problem.detail) || `HTTP ${status}`);
      this.status = status;
      this.problem = problem || {};
    }
  }

  /** One call to the API; a refusal is thrown with the server's problem document. */
  async function api(path, { params = {}, method = 'GET', body, ifMatch, token = state.token } = {}) {
    const url = new URL(path, window.location.origin);
    for (const [name, value] of Object.entries(params)) {
      if (value !== null && value !== undefined && value !== '') url.searchParams.set(name, value);
    }
    const headers = { Accept: 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (ifMatch) headers['If-Match'] = ifMatch;
    let response;
    try {
      response = await fetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
      });
    } catch (e) {
      throw new Refusal(0, { detail: String(e.message || e) });
    }
    const type = response.headers.get('Content-Type') || '';
    const data = type.includes('json') ? await response.json() : null;
    if (!response.ok) throw new Refusal(response.status, data);
    return { data, etag: response.headers.get('ETag') };
  }

  /** Every page of a list. */
  async function everything(path, params, key = 'items') {
    const items = [];
    let cursor = null;
    let first = null;
    do {
      const { data } = await api(path, { params: { ...params, limit: 500, cursor } });
      first = first || data;
      items.push(...data[key]);
      cursor = data.nextCursor;
    } while (cursor);
    return { first, items };
  }

  /** The elements an org chart from the server is drawn with; anything else is left out. */
  const SVG_ELEMENTS = new Set(['svg', 'g', 'rect', 'path', 'line', 'polyline', 'text', 'tspan', 'title', 'desc']);

  /**
   * An SVG drawing of the API, to be placed in the page: its text is then part of the page (read
   * by search and by screen readers through its label). Ids are left out, so that none clashes
   * with the page's, and so are scripts, handlers and links, which a chart never needs.
   */
  async function drawing(path, params) {
    const url = new URL(path, window.location.origin);
    for (const [name, value] of Object.entries(params)) {
      if (value) url.searchParams.set(name, value);
    }
    const headers = { Accept: 'image/svg+xml' };
    if (state.token) headers.Authorization = `Bearer ${state.token}`;
    let response;
    try {
      response = await fetch(url, { headers, cache: 'no-store' });
    } catch (e) {
      throw new Refusal(0, { detail: String(e.message || e) });
    }
    if (!response.ok) {
      const type = response.headers.get('Content-Type') || '';
      throw new Refusal(response.status, type.includes('json') ? await response.json() : null);
    }
    const parsed = new DOMParser().parseFromString(await response.text(), 'image/svg+xml');
    const root = parsed.documentElement;
    if (root.localName !== 'svg' || root.namespaceURI !== 'http://www.w3.org/2000/svg') return null;
    const title = root.querySelector('title');
    const label = title ? title.textContent : '';
    for (const element of [root, ...root.querySelectorAll('*')]) {
      if (!SVG_ELEMENTS.has(element.localName)) {
        element.remove();
        continue;
      }
      for (const { name } of [...element.attributes]) {
        if (name === 'id' || name.startsWith('on') || name.includes('href') || name.startsWith('aria-')) {
          element.removeAttribute(name);
        }
      }
    }
    root.setAttribute('aria-label', label);
    root.setAttribute('focusable', 'false');
    return document.importNode(root, true);
  }

  /** The units in force on the day asked, indexed; read once per day. */
  function unitsOn(day) {
    if (!state.units.has(day)) {
      const loading = everything('/api/v1/units', { asOf: day }).then(({ items }) => {
        const byId = new Map(items.map((u) => [u.id, u]));
        const children = new Map();
        const roots = [];
        for (const unit of items) {
          if (unit.parent && byId.has(unit.parent)) {
            if (!children.has(unit.parent)) children.set(unit.parent, []);
            children.get(unit.parent).push(unit);
          } else {
            roots.push(unit);
          }
        }
        return { list: items, byId, children, roots };
      });
      loading.catch(() => state.units.delete(day));
      state.units.set(day, loading);
    }
    return state.units.get(day);
  }

  // --------------------------------------------------------------------------- navigation

  function route() {
    const fragment = window.location.hash.replace(/^#/, '') || '/';
    const [path, query] = fragment.split('?');
    return {
      parts: path.split('/').filter(Boolean).map(decodeURIComponent),
      params: new URLSearchParams(query || ''),
    };
  }

  /** The address of a view, keeping the day asked. */
  function link(path, extra = {}) {
    const params = new URLSearchParams();
    if (state.asOf) params.set('asOf', state.asOf);
    for (const [name, value] of Object.entries(extra)) if (value) params.set(name, value);
    const query = params.toString();
    return `#${path}${query ? `?${query}` : ''}`;
  }

  /** The day picker every view carries: changing it draws the view again as of that day. */
  function dayPicker(shownDay, path, extra = () => ({})) {
    // A day typed digit by digit passes through other days (0002, 0020…): the view is drawn
    // again once the typing pauses on a plausible day, not at every keystroke.
    let timer = null;
    const input = h('input', {
      id: 'as-of',
      type: 'date',
      min: '1900-01-01',
      max: '2999-12-31',
      value: state.asOf || shownDay || '',
      onchange: () => {
        clearTimeout(timer);
        if (!DAY.test(input.value) || input.value < '1900') return;
        timer = setTimeout(() => {
          state.asOf = input.value;
          state.focus = 'as-of';
          window.location.hash = link(path, extra());
        }, 600);
      },
    });
    const today = h(
      'button',
      {
        type: 'button',
        class: 'button quiet',
        disabled: !state.asOf,
        onclick: () => {
          state.asOf = '';
          state.focus = 'as-of';
          window.location.hash = link(path, extra());
        },
      },
      t('today'),
    );
    return h(
      'div',
      { class: 'field day-field' },
      h('label', { for: 'as-of' }, t('asOf')),
      h('div', { class: 'inline' }, input, today),
    );
  }

  function pageHeader(title, { crumbs = [], lead, meta, tools } = {}) {
    return h(
      'div',
      { class: 'page-header' },
      crumbs.length
        ? h(
            'nav',
            { class: 'crumbs', 'aria-label': t('breadcrumb') },
            h('ol', {}, crumbs.map((c) => h('li', {}, c))),
          )
        : null,
      h(
        'div',
        { class: 'page-title-row' },
        h('div', { class: 'page-title' }, h('h1', { tabindex: '-1' }, title), meta),
        tools ? h('div', { class: 'page-tools' }, tools) : null,
      ),
      lead ? h('p', { class: 'lead' }, lead) : null,
    );
  }

  function markSection(name) {
    for (const a of document.querySelectorAll('.sections a')) {
      if (a.dataset.section === name) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
      a.href = link(a.dataset.section === 'units' ? '/' : `/${a.dataset.section}`);
    }
  }

  async function render({ navigated = false } = {}) {
    const { parts, params } = route();
    const asked = params.get('asOf') || '';
    state.asOf = DAY.test(asked) ? asked : '';
    const ticket = ++state.rendering;
    const main = document.getElementById('main');
    main.setAttribute('aria-busy', 'true');
    const [section, id] = parts;
    markSection(section === 'strategies' || section === 'commitments' ? section : 'units');
    let view;
    try {
      if (!section || (section === 'units' && !id)) view = await orgChartView(params);
      else if (section === 'units') view = await unitView(id);
      else if (section === 'strategies' && !id) view = await strategiesView();
      else if (section === 'strategies') view = await strategyView(id);
      else if (section === 'commitments' && !id) view = await commitmentsView();
      else if (section === 'commitments') view = await commitmentView(id);
      else view = notFoundView();
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      view = {
        title: t('refused')[error.status] || t('refusedOther', error.status),
        nodes: [problemBox(error), h('p', {}, h('a', { href: '#/' }, t('backHome')))],
      };
    }
    if (ticket !== state.rendering) return; // a later navigation won
    main.replaceChildren(...view.nodes.flat(Infinity).filter((node) => node instanceof Node));
    document.title = `${view.title} — Civitas`;
    if (view.after) view.after();
    const focus = state.focus && document.getElementById(state.focus);
    state.focus = null;
    if (focus) focus.focus();
    else if (navigated) main.querySelector('h1').focus();
    main.setAttribute('aria-busy', 'false');
  }

  function notFoundView() {
    return {
      title: t('notFound'),
      nodes: [pageHeader(t('notFound')), h('p', {}, h('a', { href: '#/' }, t('backHome')))],
    };
  }

  // ----------------------------------------------------------------- the organisation chart

  async function orgChartView(params) {
    const [units, progress] = await Promise.all([
      unitsOn(state.asOf),
      everything('/api/v1/progress', { asOf: state.asOf }, 'units'),
    ]);
    const day = progress.first.asOf;
    const rollUps = new Map(progress.items.map((row) => [row.id, row.rollUp]));
    if (state.expanded === null) state.expanded = new Set(units.roots.map((u) => u.id));
    const query = params.get('q') || '';

    const search = h('input', {
      id: 'unit-search',
      type: 'search',
      value: query,
      placeholder: t('searchPlaceholder'),
      autocomplete: 'off',
      'aria-describedby': 'unit-search-hint',
      'aria-controls': 'search-results',
    });
    // The status stays in the page, so that screen readers announce each new count.
    const status = h('p', { class: 'results-status', role: 'status' });
    const found = h('ol', { class: 'result-list' });
    const results = h(
      'section',
      { id: 'search-results', class: 'card results', 'aria-labelledby': 'results-title', hidden: true },
      h('h2', { id: 'results-title' }, t('results')),
      status,
      found,
    );
    let timer = null;
    let asked = 0;
    const find = async (words) => {
      const ticket = ++asked;
      const q = words.trim();
      history.replaceState(null, '', link('/', { q }));
      results.hidden = !q;
      found.replaceChildren();
      if (!q) {
        status.textContent = '';
        return;
      }
      if (q.length < 2) {
        status.textContent = t('searchShort');
        return;
      }
      try {
        const { data } = await api('/api/v1/units', { params: { q, asOf: state.asOf, limit: 25 } });
        if (ticket !== asked) return;
        status.textContent = t('unitsFound', data.items.length, q);
        found.replaceChildren(...data.items.map((unit) => resultItem(unit, units)));
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        if (ticket !== asked) return;
        status.textContent = '';
        found.replaceChildren(h('li', {}, problemBox(error)));
      }
    };
    search.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => find(search.value), 200);
    });

    const tree = h('ul', { class: 'tree', role: 'list' });
    const draw = () => tree.replaceChildren(...units.roots.map((u) => treeItem(u, units, rollUps, 1)));
    draw();
    tree.addEventListener('keydown', (event) => treeKeys(event, units, rollUps));
    const setAll = (open) => {
      state.expanded = new Set(open ? units.list.map((u) => u.id) : []);
      draw();
    };

    return {
      title: t('orgChartTitle'),
      nodes: [
        pageHeader(t('orgChartTitle'), { lead: t('orgChartLead', units.list.length, partialDate(day)) }),
        h(
          'div',
          { class: 'card toolbar' },
          h(
            'div',
            { class: 'field search-field' },
            h('label', { for: 'unit-search' }, t('search')),
            search,
            h('p', { id: 'unit-search-hint', class: 'hint' }, t('searchHint')),
          ),
          dayPicker(day, '/', () => ({ q: search.value.trim() })),
        ),
        results,
        h(
          'section',
          { class: 'card', 'aria-labelledby': 'structure-title' },
          h(
            'div',
            { class: 'card-title-row' },
            h('h2', { id: 'structure-title' }, t('structure')),
            h(
              'div',
              { class: 'inline' },
              h('button', { type: 'button', class: 'button quiet', onclick: () => setAll(true) }, t('expandAll')),
              h('button', { type: 'button', class: 'button quiet', onclick: () => setAll(false) }, t('collapseAll')),
            ),
          ),
          units.roots.length ? tree : h('p', { class: 'muted' }, t('noUnit')),
        ),
      ],
      after: () => {
        if (query) find(query);
      },
    };
  }

  function resultItem(unit, units) {
    const parent = unit.parent && units.byId.get(unit.parent);
    const match = unit.match;
    return h(
      'li',
      { class: 'result' },
      h('p', { class: 'result-title' }, unitLink(unit.id, units)),
      h(
        'p',
        { class: 'result-meta' },
        h('span', { class: 'kind' }, t('kinds')[unit.kind] || unit.kind),
        parent ? [' · ', t('under'), ' ', parent.acronym || unitName(parent)] : null,
      ),
      match
        ? h(
            'p',
            { class: 'result-match' },
            t('foundBy')[match.field] || '',
            match.attribution ? [' ', localized(match.attribution, 'q')] : null,
          )
        : null,
    );
  }

  /** A unit of the tree: a button opens or closes the units under it, a link opens its page. */
  function treeItem(unit, units, rollUps, level) {
    const below = units.children.get(unit.id) || [];
    const open = state.expanded.has(unit.id);
    const groupId = `units-of-${unit.id}`;
    const rollUp = rollUps.get(unit.id);
    const row = h(
      'div',
      { class: 'tree-row' },
      below.length
        ? h(
            'button',
            {
              type: 'button',
              class: 'twisty',
              'aria-expanded': String(open),
              'aria-controls': groupId,
              'aria-label': t('subunitsOf', unit.acronym || unitName(unit)),
              'data-unit': unit.id,
              onclick: () => toggle(unit.id, units, rollUps),
            },
            h('span', { 'aria-hidden': 'true', class: 'chevron' }),
          )
        : h('span', { class: 'twisty-space', 'aria-hidden': 'true' }),
      unitLink(unit.id, units, { class: 'tree-link', 'data-unit': unit.id }),
      h('span', { class: 'kind' }, t('kinds')[unit.kind] || unit.kind),
      rollUp && rollUp.commitments > 0 ? rollUpBadge(rollUp) : null,
    );
    return h(
      'li',
      { class: 'tree-item', 'data-level': level, id: `unit-${unit.id}` },
      row,
      below.length
        ? h(
            'ul',
            { id: groupId, class: 'tree-group', role: 'list', hidden: !open },
            open ? below.map((child) => treeItem(child, units, rollUps, level + 1)) : null,
          )
        : null,
    );
  }

  function rollUpBadge(rollUp) {
    const worst = STATE_ORDER.find((code) => (rollUp.states[code] || 0) > 0);
    return h(
      'span',
      { class: 'tree-figures' },
      h('span', {}, `${t('commitmentsCount', rollUp.commitments)} · ${percent(rollUp.meanProgress)}`),
      stateBadge(worst),
    );
  }

  function toggle(id, units, rollUps, open = !state.expanded.has(id)) {
    const item = document.getElementById(`unit-${id}`);
    const button = item.querySelector(':scope > .tree-row > .twisty');
    const group = item.querySelector(':scope > .tree-group');
    if (!button || !group) return;
    if (open) state.expanded.add(id);
    else state.expanded.delete(id);
    button.setAttribute('aria-expanded', String(open));
    group.hidden = !open;
    if (open && !group.hasChildNodes()) {
      const level = Number(item.dataset.level) + 1;
      group.append(...units.children.get(id).map((c) => treeItem(c, units, rollUps, level)));
    }
  }

  /** Arrows move through the tree as in a file browser; Enter and Space are the buttons' own. */
  function treeKeys(event, units, rollUps) {
    const target = event.target;
    const id = target.dataset && target.dataset.unit;
    if (!id) return;
    const links = [...document.querySelectorAll('.tree .tree-link')].filter((a) => a.offsetParent);
    const here = links.indexOf(document.querySelector(`#unit-${CSS.escape(id)} > .tree-row > .tree-link`));
    const item = document.getElementById(`unit-${id}`);
    const hasChildren = units.children.has(id);
    let next = null;
    switch (event.key) {
      case 'ArrowDown':
        next = links[here + 1];
        break;
      case 'ArrowUp':
        next = links[here - 1];
        break;
      case 'ArrowRight':
        if (hasChildren && !state.expanded.has(id)) toggle(id, units, rollUps, true);
        else if (hasChildren) next = item.querySelector(':scope > .tree-group .tree-link');
        break;
      case 'ArrowLeft':
        if (hasChildren && state.expanded.has(id)) toggle(id, units, rollUps, false);
        else next = item.parentElement.closest('.tree-item')?.querySelector(':scope > .tree-row > .tree-link');
        break;
      case 'Home':
        next = links[0];
        break;
      case 'End':
        next = links[links.length - 1];
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next) next.focus();
  }

  // ----------------------------------------------------------------------------- a unit

  async function unitView(id) {
    const path = `/api/v1/units/${encodeURIComponent(id)}`;
    const [{ data: unit }, units, { data: history }] = await Promise.all([
      api(path, { params: { asOf: state.asOf } }),
      unitsOn(state.asOf),
      api(`${path}/history`),
    ]);
    // The chart of the day asked; a unit not in force that day has none.
    const chart = unit.inForce ? await drawing(`${path}/chart.svg`, { asOf: unit.asOf }) : null;
    const crumbs = [h('a', { href: link('/') }, t('orgChartTitle'))];
    const chain = [];
    for (let p = unit.parent; p && units.byId.has(p) && chain.length < 50; p = units.byId.get(p).parent) {
      chain.unshift(p);
    }
    for (const p of chain) {
      const parent = units.byId.get(p);
      crumbs.push(h('a', { href: link(`/units/${encodeURIComponent(p)}`) }, parent.acronym || unitName(parent)));
    }
    const title = plain(unit.name);
    const territory = unit.territory
      ? [localized(unit.territory.name), ` (${t('levels')[unit.territory.level] || unit.territory.level})`]
      : null;

    const mandate = unit.mandate;
    const mandateSection = section(
      t('mandate'),
      'mandate-title',
      mandate
        ? [
            mandate.basis ? h('p', { class: 'basis' }, h('strong', {}, t('label', t('basis'))), h('span', { dir: 'auto' }, mandate.basis)) : null,
            mandate.exhaustive
              ? h('p', { class: 'mandate-note' }, t('exhaustive'))
              : h(
                  'p',
                  { class: 'mandate-note notamment' },
                  h('span', { class: 'tag' }, '« notamment »'),
                  ' ',
                  h('strong', {}, t('notExhaustive')),
                  ' — ',
                  t('notExhaustiveNote'),
                ),
            h(
              'ol',
              { class: 'attributions' },
              mandate.attributions.map((a) => localized(a.text, 'li')),
            ),
          ]
        : h('p', { class: 'muted' }, t('noMandate')),
    );

    const commitments = section(
      t('ledCommitments'),
      'led-title',
      unit.commitments.length
        ? commitmentList(unit.commitments, units, false)
        : h('p', { class: 'muted' }, t('noCommitment')),
    );

    const side = [];
    side.push(rollUpCard(unit.rollUp));
    if (unit.posts.length) {
      side.push(
        section(
          t('posts'),
          'posts-title',
          h(
            'ul',
            { class: 'plain-list' },
            unit.posts.map((post) =>
              h(
                'li',
                {},
                localized(post.title, 'strong'),
                ' — ',
                post.holder ? h('span', { dir: 'auto' }, post.holder) : h('span', { class: 'muted' }, t('holderVacant')),
                ' · ',
                h('span', { class: 'kind' }, t('roles')[post.role] || post.role),
              ),
            ),
          ),
        ),
      );
    }
    if (unit.parent) {
      side.push(section(t('parentUnit'), 'parent-title', h('p', {}, unitLink(unit.parent, units))));
    }
    if (unit.children.length) {
      side.push(
        section(
          t('children'),
          'children-title',
          h('ul', { class: 'plain-list' }, unit.children.map((c) => h('li', {}, unitLink(c, units)))),
        ),
      );
    }
    if (unit.links.length) {
      side.push(
        section(
          t('links'),
          'links-title',
          h(
            'ul',
            { class: 'plain-list' },
            unit.links.map((l) => h('li', {}, h('span', { class: 'muted' }, `${t('linkTypes')[l.type] || l.type} `), unitLink(l.unit, units))),
          ),
        ),
      );
    }

    return {
      title,
      nodes: [
        pageHeader(localized(unit.name), {
          crumbs,
          meta: h(
            'p',
            { class: 'subtitle' },
            h('span', { class: 'kind' }, t('kinds')[unit.kind] || unit.kind),
            unit.acronym ? h('span', { class: 'acronym' }, unit.acronym) : null,
          ),
          tools: dayPicker(unit.asOf, `/units/${encodeURIComponent(unit.id)}`),
        }),
        unit.inForce ? null : h('p', { class: 'notice' }, t('notInForce', partialDate(unit.asOf))),
        definitionList([
          [t('territory'), territory],
          [t('staff'), unit.staff === null || unit.staff === undefined ? null : quantity(unit.staff)],
          [t('lifetime'), period(unit.lifetime)],
        ]),
        chartSection(unit, chart),
        h(
          'div',
          { class: 'columns' },
          h('div', { class: 'main-column' }, mandateSection, commitments, historySection(history, unit.asOf)),
          h('div', { class: 'side-column' }, side),
        ),
      ],
    };
  }

  /** The unit's org chart on the day asked, in a frame that scrolls (from the keyboard too). */
  function chartSection(unit, chart) {
    return section(
      t('unitChart', partialDate(unit.asOf)),
      'unit-chart-title',
      chart
        ? h(
            'div',
            {
              class: 'chart-frame',
              id: 'unit-chart',
              tabindex: '0',
              role: 'region',
              dir: 'ltr',
              'aria-labelledby': 'unit-chart-title',
            },
            chart,
          )
        : h('p', { class: 'muted' }, t('noChart')),
    );
  }

  /**
   * What became of the unit: its names, the one borne on the day asked marked; its parents; the
   * units whose work it took over and those that took over its own; each with the restructuring.
   * A unit that kept its one name and its one parent has no more to say than that.
   */
  function historySection(history, day) {
    const unchanged =
      !history.restructurings.length && history.names.length === 1 && history.parents.length <= 1;
    if (unchanged) {
      return section(t('history'), 'history-title', h('p', { class: 'muted' }, t('noRestructuring')));
    }
    const parts = [
      h('h3', { id: 'names-title' }, t('names')),
      h(
        'ol',
        { class: 'history-list', 'aria-labelledby': 'names-title' },
        history.names.map((name) => {
          const current = borneOn(name.period, day);
          return h(
            'li',
            { class: current ? 'current' : null, 'aria-current': current ? 'true' : null },
            h('span', { class: 'history-period' }, period(name.period) || t('allDays')),
            h(
              'span',
              { class: 'history-name' },
              name.acronym ? [h('span', { class: 'acronym' }, name.acronym), ' '] : null,
              localized(name.name),
              current ? [' ', h('span', { class: 'tag' }, t('nameInForce', partialDate(day)))] : null,
            ),
            name.restructuring ? eventNote(name.restructuring) : null,
          );
        }),
      ),
    ];
    if (history.parents.length) {
      parts.push(
        h('h3', { id: 'parents-title' }, t('parentUnits')),
        h(
          'ol',
          { class: 'history-list', 'aria-labelledby': 'parents-title' },
          history.parents.map((p) =>
            h(
              'li',
              {},
              h('span', { class: 'history-period' }, period(p.period) || t('allDays')),
              h('span', { class: 'history-name' }, unitRef(p.parent)),
              p.restructuring ? eventNote(p.restructuring) : null,
            ),
          ),
        ),
      );
    }
    for (const [key, lineage] of [
      ['predecessors', history.predecessors],
      ['successors', history.successors],
    ]) {
      if (!lineage.length) continue;
      parts.push(
        h('h3', { id: `${key}-title` }, t(key)),
        h(
          'ul',
          { class: 'history-list', 'aria-labelledby': `${key}-title` },
          lineage.map((s) =>
            h('li', {}, h('span', { class: 'history-name' }, unitRef(s.unit)), eventNote(s.restructuring)),
          ),
        ),
      );
    }
    if (history.endedBy) {
      parts.push(h('h3', {}, t('endedBy')), h('p', {}, eventNote(history.endedBy)));
    }
    return section(t('history'), 'history-title', parts);
  }

  /** Whether a period as its source gives it (2019, 2019-10, 2019-10-09) holds the day. */
  function borneOn(p, day) {
    const from = !p.start || day.slice(0, p.start.length) >= p.start;
    const until = !p.end || day.slice(0, p.end.length) <= p.end;
    return from && until;
  }

  /** A restructuring: what it was and when, then its legal basis and note when given. */
  function eventNote(restructuring) {
    const type = t('restructuringTypes')[restructuring.type] || restructuring.type;
    return h(
      'span',
      { class: 'history-event' },
      t('event', type, partialDate(restructuring.date)),
      restructuring.basis ? [' · ', h('span', { dir: 'auto' }, restructuring.basis)] : null,
      restructuring.note ? [' · ', h('span', { dir: 'auto' }, restructuring.note)] : null,
    );
  }

  /** A unit as the history names it (as it was then), linked to its page. */
  function unitRef(ref) {
    return h(
      'a',
      { class: 'unit-link', href: link(`/units/${encodeURIComponent(ref.id)}`) },
      ref.acronym ? [h('span', { class: 'acronym' }, ref.acronym), ' '] : null,
      ref.name ? localized(ref.name, 'span', { class: 'unit-name' }) : h('span', { class: 'unit-name' }, ref.id),
    );
  }

  function rollUpCard(rollUp) {
    const states = STATE_ORDER.filter((code) => (rollUp.states[code] || 0) > 0);
    return section(
      t('rollUp'),
      'rollup-title',
      h('p', { class: 'figure' }, h('span', { class: 'figure-value' }, String(rollUp.commitments)), ' ', t('commitmentsWord', rollUp.commitments)),
      rollUp.commitments
        ? [
            h('p', { class: 'figure-line' }, t('label', t('meanProgress')), h('strong', {}, percent(rollUp.meanProgress))),
            meter(rollUp.meanProgress, null, states[0], t('meanProgress')),
            h('ul', { class: 'state-counts' }, states.map((code) => h('li', {}, stateBadge(code), ` × ${rollUp.states[code]}`))),
          ]
        : null,
    );
  }

  /** Commitments one a row: title (and lead, when asked), progress and schedule state. */
  function commitmentList(commitments, units, withLead) {
    return h(
      'ul',
      { class: 'commitment-list' },
      commitments.map((c) =>
        h(
          'li',
          { class: 'commitment-row' },
          h(
            'div',
            { class: 'commitment-name' },
            h('a', { href: link(`/commitments/${encodeURIComponent(c.id)}`) }, localized(c.title)),
            withLead ? h('p', { class: 'commitment-lead' }, t('label', t('lead')), unitLink(c.lead, units)) : null,
          ),
          h(
            'div',
            { class: 'progress-cell' },
            meter(c.progress, null, c.state),
            h('span', { class: 'figure-small' }, percent(c.progress)),
          ),
          h('div', { class: 'commitment-state' }, stateBadge(c.state)),
        ),
      ),
    );
  }

  // ------------------------------------------------------------------------- strategies

  async function strategiesView() {
    const [{ items }, units] = await Promise.all([everything('/api/v1/strategies', {}), unitsOn(state.asOf)]);
    return {
      title: t('strategiesTitle'),
      nodes: [
        pageHeader(t('strategiesTitle'), { lead: t('strategiesLead') }),
        items.length
          ? h(
              'ul',
              { class: 'cards' },
              items.map((s) =>
                h(
                  'li',
                  { class: 'card strategy-card' },
                  h('h2', {}, h('a', { href: link(`/strategies/${encodeURIComponent(s.id)}`) }, localized(s.title))),
                  definitionList([
                    [t('owner'), s.owner ? unitLink(s.owner, units) : null],
                    [t('period'), period(s.period)],
                  ]),
                  h('p', { class: 'muted' }, t('counts', s.axes, s.objectives, s.actions)),
                ),
              ),
            )
          : h('p', { class: 'muted' }, t('noStrategy')),
      ],
    };
  }

  async function strategyView(id) {
    const path = `/api/v1/strategies/${encodeURIComponent(id)}`;
    const [{ data: strategy }, { data: coverage }, units] = await Promise.all([
      api(path, { params: { asOf: state.asOf } }),
      api(`${path}/coverage`),
      unitsOn(state.asOf),
    ]);
    const owners = new Map(coverage.rows.map((row) => [row.action, row]));
    const onlyUnowned = h('input', { id: 'only-unowned', type: 'checkbox' });
    const axes = h('div', { class: 'axes' }, strategy.axes.map((axis) => axisSection(axis, owners, units)));
    onlyUnowned.addEventListener('change', () => axes.classList.toggle('only-unowned', onlyUnowned.checked));
    const owned = coverage.actions - coverage.unowned;
    const share = coverage.actions ? (100 * owned) / coverage.actions : 0;

    return {
      title: plain(strategy.title),
      nodes: [
        pageHeader(localized(strategy.title), {
          crumbs: [h('a', { href: link('/strategies') }, t('strategiesTitle'))],
          tools: dayPicker(strategy.asOf, `/strategies/${encodeURIComponent(strategy.id)}`),
        }),
        definitionList([
          [t('owner'), strategy.owner ? unitLink(strategy.owner, units) : null],
          [t('period'), period(strategy.period)],
        ]),
        strategy.summary ? localized(strategy.summary, 'p', { class: 'lead prose' }) : null,
        h(
          'div',
          { class: 'columns' },
          h(
            'div',
            { class: 'main-column' },
            section(
              t('coverage'),
              'coverage-title',
              h('p', {}, t('coverageLine', coverage.actions, coverage.unowned)),
              meter(share, null, 'owned', t('coverage')),
              h('div', { class: 'field checkbox-field' }, onlyUnowned, h('label', { for: 'only-unowned' }, t('onlyUnowned'))),
            ),
          ),
          h(
            'div',
            { class: 'side-column' },
            section(
              t('servingCommitments'),
              'serving-title',
              strategy.commitments.length
                ? commitmentList(strategy.commitments, units, false)
                : h('p', { class: 'muted' }, t('noCommitment')),
            ),
          ),
        ),
        strategy.axes.length > 1 ? contents(strategy) : null,
        axes,
      ],
    };
  }

  /** The axes in a list that moves to each, with how many of their actions nobody owns. */
  function contents(strategy) {
    return h(
      'nav',
      { class: 'card contents', 'aria-labelledby': 'contents-title' },
      h('h2', { id: 'contents-title' }, t('contents')),
      h(
        'ul',
        { class: 'plain-list' },
        strategy.axes.map((axis) => {
          const actions = axis.objectives.flatMap((o) => o.actions);
          const unowned = actions.filter((a) => !a.owners.length).length;
          return h(
            'li',
            {},
            h('span', { class: 'axis-number' }, axisLabel(axis)),
            ' ',
            h(
              'a',
              {
                href: link(`/strategies/${encodeURIComponent(strategy.id)}`),
                onclick: (event) => {
                  event.preventDefault();
                  const heading = document.getElementById(`axis-${axis.id}`);
                  heading.scrollIntoView({ block: 'start' });
                  heading.focus({ preventScroll: true });
                },
              },
              localized(axis.title),
            ),
            h('span', { class: 'muted' }, ` · ${t('axisCounts', actions.length, unowned)}`),
          );
        }),
      ),
    );
  }

  function axisLabel(axis) {
    const kind = t('axisKinds')[axis.kind] || axis.kind;
    return axis.number ? `${kind} ${axis.number}` : kind;
  }

  function axisSection(axis, owners, units) {
    const titleId = `axis-${axis.id}`;
    return h(
      'section',
      { class: 'card axis', 'aria-labelledby': titleId },
      h(
        'h2',
        { id: titleId, tabindex: '-1' },
        h('span', { class: 'axis-number' }, axisLabel(axis)),
        localized(axis.title),
      ),
      axis.objectives.length
        ? axis.objectives.map((objective) => {
            const unowned = objective.actions.filter((a) => !a.owners.length).length;
            return h(
              'div',
              { class: `objective${unowned === objective.actions.length && unowned ? ' all-unowned' : ''}` },
              h(
                'h3',
                {},
                h('span', { class: 'objective-number' }, objective.number ? `${axis.number ? `${axis.number}.` : ''}${objective.number}` : t('objective')),
                localized(objective.title),
              ),
              objective.actions.length
                ? h('ul', { class: 'actions' }, objective.actions.map((action) => actionItem(action, owners, units)))
                : h('p', { class: 'muted' }, t('noAction')),
            );
          })
        : h('p', { class: 'muted' }, t('noObjective')),
    );
  }

  function actionItem(action, owners, units) {
    const row = owners.get(action.id);
    const named = row ? row.owners : action.owners.map((id) => ({ id }));
    const owned = named.length > 0;
    return h(
      'li',
      { class: `action${owned ? '' : ' unowned'}` },
      localized(action.text, 'p', { class: 'action-text' }),
      owned
        ? h(
            'p',
            { class: 'action-owners' },
            t('owners'),
            ' ',
            named.map((o, i) => [i ? ', ' : '', unitLink(o.id, units)]),
          )
        : h('p', { class: 'action-owners' }, h('span', { class: 'flag' }, t('unowned'))),
    );
  }

  // ------------------------------------------------------------------------ commitments

  async function commitmentsView() {
    const [progress, units] = await Promise.all([
      everything('/api/v1/progress', { asOf: state.asOf }, 'units'),
      unitsOn(state.asOf),
    ]);
    const day = progress.first.asOf;
    const commitments = progress.items.flatMap((row) => row.commitments);
    const counts = {};
    for (const c of commitments) if (c.state) counts[c.state] = (counts[c.state] || 0) + 1;
    return {
      title: t('commitmentsTitle'),
      nodes: [
        pageHeader(t('commitmentsTitle'), {
          lead: t('commitmentsLead', partialDate(day)),
          tools: dayPicker(day, '/commitments'),
        }),
        h(
          'ul',
          { class: 'state-counts summary-counts' },
          STATE_ORDER.filter((code) => counts[code]).map((code) => h('li', {}, stateBadge(code), ` × ${counts[code]}`)),
        ),
        section(
          t('commitmentsTitle'),
          'all-commitments-title',
          commitments.length ? commitmentList(commitments, units, true) : h('p', { class: 'muted' }, t('noCommitment')),
        ),
      ],
    };
  }

  async function commitmentView(id) {
    const [answer, units] = await Promise.all([
      api(`/api/v1/commitments/${encodeURIComponent(id)}`, { params: { asOf: state.asOf } }),
      unitsOn(state.asOf),
    ]);
    const commitment = answer.data;
    const version = answer.etag; // the version every report on this page is made against
    const served = await strategiesOf(commitment.contributesTo);
    const day = partialDate(commitment.asOf);
    const texts = [
      ['problem', commitment.problem, false],
      ['solution', commitment.solution, false],
      ['expectedResult', commitment.expectedResult, true],
    ].filter(([, text]) => text);

    return {
      title: plain(commitment.title),
      nodes: [
        pageHeader(localized(commitment.title), {
          crumbs: [h('a', { href: link('/commitments') }, t('commitmentsTitle'))],
          tools: dayPicker(commitment.asOf, `/commitments/${encodeURIComponent(commitment.id)}`),
        }),
        h(
          'div',
          { class: 'card headline', id: 'headline' },
          h(
            'div',
            { class: 'headline-figure' },
            h('span', { class: 'figure-label' }, t('progress')),
            h('span', { class: 'figure-value', id: 'commitment-progress' }, percent(commitment.progress)),
            h('span', { id: 'commitment-state' }, stateBadge(commitment.state)),
          ),
          h(
            'div',
            { class: 'headline-body' },
            meter(commitment.progress, null, commitment.state),
            h('p', { class: 'muted' }, t('asOfNote', day)),
            definitionList([
              [t('lead'), unitLink(commitment.lead, units)],
              [t('contributors'), commitment.contributors.length ? commitment.contributors.map((c, i) => [i ? ', ' : '', unitLink(c, units)]) : null],
              [t('partners'), commitment.partners.length ? commitment.partners.map((p, i) => [i ? ' ; ' : '', localized(p.name), ` (${t('partnerTypes')[p.type] || p.type})`]) : null],
              [t('period'), period(commitment.period)],
              [
                t('contributesTo'),
                commitment.contributesTo.length
                  ? h('ul', { class: 'plain-list refs' }, commitment.contributesTo.map((ref) => h('li', {}, strategyRef(ref, served))))
                  : null,
              ],
            ]),
          ),
        ),
        texts.length
          ? h(
              'div',
              { class: 'card texts' },
              texts.map(([key, text, open]) =>
                h('details', { open }, h('summary', {}, t(key)), localized(text, 'div', { class: 'prose' })),
              ),
            )
          : null,
        section(
          t('activities'),
          'activities-title',
          commitment.activities.length
            ? h('ol', { class: 'activities' }, commitment.activities.map((a) => activityItem(commitment, a, version)))
            : h('p', { class: 'muted' }, t('noActivity')),
        ),
        section(
          t('indicators'),
          'indicators-title',
          commitment.indicators.length ? indicatorTable(commitment.indicators) : h('p', { class: 'muted' }, t('noIndicator')),
        ),
      ],
    };
  }

  /** The strategies a commitment contributes to, by id; one that cannot be read is left out. */
  async function strategiesOf(refs) {
    const ids = [...new Set(refs.map((ref) => ref.split('/')[0]))];
    const read = await Promise.all(
      ids.map((id) =>
        api(`/api/v1/strategies/${encodeURIComponent(id)}`, { params: { asOf: state.asOf } }).then(
          (answer) => [id, answer.data],
          () => [id, null],
        ),
      ),
    );
    return new Map(read.filter(([, strategy]) => strategy));
  }

  /** STRATEGY/ELEMENT as the strategy's title and the element's, linked to the strategy. */
  function strategyRef(ref, strategies) {
    const [id, element] = ref.split('/');
    const strategy = strategies.get(id);
    if (!strategy) return h('a', { href: link(`/strategies/${encodeURIComponent(id)}`) }, ref);
    let title = null;
    for (const axis of strategy.axes) {
      if (axis.id === element) title = axis.title;
      for (const objective of axis.objectives) {
        if (objective.id === element) title = objective.title;
        for (const action of objective.actions) if (action.id === element) title = action.text;
      }
    }
    return [
      h('a', { href: link(`/strategies/${encodeURIComponent(id)}`) }, localized(strategy.title)),
      title ? [' — ', localized(title)] : null,
    ];
  }

  function activityItem(commitment, activity, version) {
    const flash = state.flash && state.flash.activity === activity.id ? state.flash : null;
    if (flash) state.flash = null;
    return h(
      'li',
      { class: 'activity', id: `activity-${activity.id}` },
      h(
        'div',
        { class: 'activity-head' },
        localized(activity.title, 'h3', { class: 'activity-title' }),
        stateBadge(activity.state),
      ),
      h(
        'p',
        { class: 'activity-meta' },
        period(activity.period),
        ' · ',
        `${t('label', t('status'))}${t('statuses')[activity.status] || activity.status}`,
        ' · ',
        `${t('weight')} ${quantity(activity.weight)}`,
      ),
      meter(activity.progress, activity.expectedProgress, activity.state),
      h(
        'p',
        { class: 'activity-figures' },
        h('strong', { class: 'activity-progress' }, t('done', percent(activity.progress))),
        activity.expectedProgress === null || activity.expectedProgress === undefined
          ? null
          : h('span', { class: 'muted' }, ` · ${t('expected', percent(activity.expectedProgress))}`),
      ),
      flash ? h('p', { class: 'success', role: 'status', id: `saved-${activity.id}`, tabindex: '-1' }, flash.text) : null,
      state.token ? reportForm(commitment, activity, version) : null,
    );
  }

  /** Reports an activity's progress against the version this page read, and reads it back. */
  function reportForm(commitment, activity, version) {
    const key = activity.id;
    const progress = h('input', {
      id: `progress-${key}`,
      name: 'progress',
      type: 'number',
      min: 0,
      max: 100,
      step: 'any',
      required: true,
      inputmode: 'decimal',
      value: activity.progress,
    });
    const status = h(
      'select',
      { id: `status-${key}`, name: 'status' },
      STATUSES.map((code) => h('option', { value: code, selected: code === activity.status }, t('statuses')[code])),
    );
    const note = h('input', { id: `note-${key}`, name: 'note', type: 'text', maxlength: 500 });
    const button = h('button', { type: 'submit', class: 'button primary' }, t('save'));
    const message = h('div', { class: 'form-message', 'aria-live': 'polite' });
    const form = h(
      'form',
      { class: 'report', 'data-activity': key, novalidate: true },
      h(
        'fieldset',
        {},
        h('legend', {}, t('report')),
        h(
          'div',
          { class: 'report-fields' },
          h('div', { class: 'field' }, h('label', { for: progress.id }, t('progressInput')), progress),
          h('div', { class: 'field' }, h('label', { for: status.id }, t('status')), status),
          h('div', { class: 'field wide' }, h('label', { for: note.id }, t('note')), note),
          h('div', { class: 'field' }, button),
        ),
      ),
      message,
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      button.disabled = true;
      button.textContent = t('saving');
      message.replaceChildren();
      if (progress.value.trim() === '' || !progress.checkValidity()) {
        progress.setAttribute('aria-invalid', 'true');
        message.replaceChildren(h('p', { class: 'problem', role: 'alert' }, t('progressInvalid')));
        progress.focus();
        button.disabled = false;
        button.textContent = t('save');
        return;
      }
      progress.removeAttribute('aria-invalid');
      const body = { progress: Number(progress.value), status: status.value };
      if (note.value.trim()) body.note = note.value.trim();
      try {
        await api(
          `/api/v1/commitments/${encodeURIComponent(commitment.id)}/activities/${encodeURIComponent(key)}/progress`,
          { method: 'PUT', body, ifMatch: version },
        );
        state.flash = { activity: key, text: t('saved', percent(body.progress)) };
        state.focus = `saved-${key}`;
        await render();
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        button.disabled = false;
        button.textContent = t('save');
        const reload =
          error.status === 412 || error.status === 428
            ? h('button', { type: 'button', class: 'button', onclick: () => render() }, t('reload'))
            : null;
        message.replaceChildren(problemBox(error, reload));
      }
    });
    return form;
  }

  function indicatorTable(indicators) {
    const value = (m) =>
      m ? t('at', quantity(m.value), partialDate(m.date)) : h('span', { class: 'muted' }, t('notGiven'));
    const headings = [t('indicator'), t('baseline'), t('target'), t('latest'), t('achievement'), t('trend')];
    const rows = indicators.map((indicator) =>
      h(
        'tr',
        {},
        h(
          'th',
          { scope: 'row' },
          localized(indicator.name),
          h(
            'span',
            { class: 'indicator-meta' },
            `${t('indicatorKinds')[indicator.kind] || indicator.kind} · ` +
              `${t('directions')[indicator.direction] || indicator.direction}`,
          ),
        ),
        h('td', {}, value(indicator.baseline)),
        h('td', {}, value(indicator.target)),
        h('td', {}, indicator.latest ? value(indicator.latest) : h('span', { class: 'muted' }, t('noMeasurement'))),
        h('td', {}, indicator.achievement === null || indicator.achievement === undefined ? '—' : percent(indicator.achievement)),
        h('td', {}, chart(indicator)),
      ),
    );
    const table = h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'indicators' },
        h('thead', {}, h('tr', {}, headings.map((label) => h('th', { scope: 'col' }, label)))),
        h('tbody', {}, rows),
      ),
    );
    const legend = t('legend');
    return [
      table,
      indicators.some((i) => i.measurements.length)
        ? h(
            'p',
            { class: 'chart-legend', 'aria-hidden': 'true' },
            h('span', { class: 'swatch swatch-measured' }),
            legend.measured,
            h('span', { class: 'swatch swatch-baseline' }),
            legend.baseline,
            h('span', { class: 'swatch swatch-target' }),
            legend.target,
          )
        : null,
    ];
  }

  /** A small chart of the measurements, from the baseline towards the target (dashed). */
  function chart(indicator) {
    const when = (date) => {
      const [year, month, day] = date.split('-').map(Number);
      return Date.UTC(year, (month || 1) - 1, day || 1);
    };
    const point = (m) => ({ x: when(m.date), y: Number(m.value), m });
    const measured = indicator.measurements.map(point).sort((a, b) => a.x - b.x);
    const baseline = indicator.baseline ? point(indicator.baseline) : null;
    const target = indicator.target ? point(indicator.target) : null;
    const label = t(
      'chartLabel',
      measured.map((p) => t('at', quantity(p.y), partialDate(p.m.date))).join(', '),
      target ? t('at', quantity(target.y), partialDate(target.m.date)) : null,
    );
    if (!measured.length) return h('span', { class: 'muted' }, '—');
    const all = [baseline, ...measured, target].filter(Boolean);
    const width = 180;
    const height = 56;
    const pad = 6;
    let [x0, x1] = [Math.min(...all.map((p) => p.x)), Math.max(...all.map((p) => p.x))];
    let [y0, y1] = [Math.min(...all.map((p) => p.y)), Math.max(...all.map((p) => p.y))];
    if (x0 === x1) [x0, x1] = [x0 - 1, x1 + 1];
    if (y0 === y1) [y0, y1] = [y0 - 1, y1 + 1];
    const X = (x) => (pad + ((x - x0) / (x1 - x0)) * (width - 2 * pad)).toFixed(1);
    const Y = (y) => (height - pad - ((y - y0) / (y1 - y0)) * (height - 2 * pad)).toFixed(1);
    const line = [baseline, ...measured].filter(Boolean);
    return svg(
      'svg',
      { class: 'chart', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': label },
      svg('title', {}, label),
      target
        ? svg('line', { class: 'chart-target', x1: pad, x2: width - pad, y1: Y(target.y), y2: Y(target.y) })
        : null,
      target ? svg('circle', { class: 'chart-target-point', cx: X(target.x), cy: Y(target.y), r: 3.5 }) : null,
      baseline ? svg('circle', { class: 'chart-baseline', cx: X(baseline.x), cy: Y(baseline.y), r: 3 }) : null,
      svg('polyline', { class: 'chart-line', points: line.map((p) => `${X(p.x)},${Y(p.y)}`).join(' ') }),
      measured.map((p) => svg('circle', { class: 'chart-point', cx: X(p.x), cy: Y(p.y), r: 3 })),
    );
  }

  // ------------------------------------------------------------------- language and sign-in

  function applyLanguage() {
    document.documentElement.lang = state.language;
    for (const element of document.querySelectorAll('[data-i18n]')) {
      element.textContent = t(element.dataset.i18n);
    }
    for (const button of document.querySelectorAll('[data-language]')) {
      button.setAttribute('aria-pressed', String(button.dataset.language === state.language));
    }
    document.getElementById('token').placeholder = '';
    showSignedIn();
  }

  function showSignedIn() {
    const signedIn = Boolean(state.token);
    document.getElementById('sign-in').hidden = signedIn;
    document.getElementById('signed-in').hidden = !signedIn;
    const summary = document.querySelector('#editor > summary');
    summary.textContent = signedIn ? t('editorSignedIn') : t('editorSpace');
    summary.classList.toggle('signed-in-summary', signedIn);
  }

  async function signIn(event) {
    event.preventDefault();
    const input = document.getElementById('token');
    const message = document.getElementById('sign-in-message');
    const token = input.value.trim();
    if (!token) {
      message.textContent = t('tokenEmpty');
      return;
    }
    try {
      // A read with the token: the server refuses a token it does not know, even on public reads.
      await api('/api/v1/strategies', { params: { limit: 1 }, token });
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      message.replaceChildren(
        error.status === 401 ? t('tokenRefused') : t('refusedOther', error.status),
        error.problem.detail ? h('span', { class: 'problem-detail', lang: 'en' }, ` ${error.problem.detail}`) : null,
      );
      return;
    }
    state.token = token;
    sessionStorage.setItem('civitas.token', token);
    input.value = '';
    message.textContent = '';
    state.units.clear();
    showSignedIn();
    document.getElementById('editor').open = false;
    await render();
  }

  async function signOut() {
    state.token = '';
    sessionStorage.removeItem('civitas.token');
    state.units.clear();
    showSignedIn();
    document.getElementById('sign-in-message').textContent = t('signedOut');
    await render();
  }

  function start() {
    for (const button of document.querySelectorAll('[data-language]')) {
      button.addEventListener('click', () => {
        state.language = button.dataset.language;
        localStorage.setItem('civitas.language', state.language);
        applyLanguage();
        render();
      });
    }
    document.getElementById('sign-in').addEventListener('submit', signIn);
    const editor = document.getElementById('editor');
    editor.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && editor.open) {
        editor.open = false;
        editor.querySelector('summary').focus();
      }
    });
    document.getElementById('sign-out').addEventListener('click', signOut);
    window.addEventListener('hashchange', () => render({ navigated: true }));
    applyLanguage();
    render();
  }

  start();
})();
