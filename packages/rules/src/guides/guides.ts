import type { Guide, GuideSlug } from './types.js';

/*
 * Every sentence restates ../shared/domain/idea-rules.md (sections A and C) or
 * rules-corrections-2026-12.md; each section names the federal rules it comes from. A state's
 * own numbers are never written here: the page adds them from the state data (state-facts.ts).
 * Plain language: grade 8 or below (Flesch-Kincaid) in English, Fernández-Huerta 60 or above in
 * Spanish, per paragraph (test/guides/guides.test.ts).
 */

const OPTIONS: Guide = {
  slug: 'options',
  title: { en: 'Your options, step by step', es: 'Sus opciones, paso a paso' },
  summary: {
    en: 'There are many ways to settle a problem with the school. Start with the simple ones. Move up a step when you need to.',
    es: 'Hay muchas formas de resolver un problema con la escuela. Empiece por las más simples. Suba un paso cuando lo necesite.',
  },
  sections: [
    {
      id: 'talk',
      heading: { en: 'Talk with the team', es: 'Hable con el equipo' },
      paragraphs: [
        {
          en: 'Most problems start small. Talk with the teacher or the IEP team. Say what you see at home and ask what they see at school. Write down the date and what was said.',
          es: 'La mayoría de los problemas empiezan pequeños. Hable con la maestra o con el equipo del IEP. Diga lo que ve en casa y pregunte lo que ven en la escuela. Anote la fecha y lo que se dijo.',
        },
        {
          en: 'You can ask for an IEP meeting in writing. The school must plan it at a time and place that work for you too.',
          es: 'Puede pedir una reunión del IEP por escrito. La escuela debe planearla en un día y un lugar que también le sirvan a usted.',
        },
      ],
      basis: ['34 CFR 300.322'],
    },
    {
      id: 'write',
      heading: { en: 'Put it in writing', es: 'Póngalo por escrito' },
      paragraphs: [
        {
          en: 'A letter makes a record with a date. It also starts some time limits the school must meet. Keep a copy of each letter you send.',
          es: 'Una carta deja una prueba con fecha. También hace correr algunos plazos que la escuela debe cumplir. Guarde una copia de cada carta que mande.',
        },
      ],
      points: [
        {
          en: 'Ask for prior written notice. The school must tell you in writing what it will or will not do, and why.',
          es: 'Pida la notificación previa por escrito. La escuela debe decirle por escrito lo que hará o no hará, y por qué.',
        },
        {
          en: 'Ask for your child’s records. The school must show them within 45 days, and before a meeting or hearing.',
          es: 'Pida los expedientes de su hijo. La escuela debe mostrárselos en 45 días o menos, y antes de una reunión o audiencia.',
        },
        {
          en: 'Ask for an evaluation, or for an IEE if you disagree with the school’s testing.',
          es: 'Pida una evaluación, o una IEE si no está de acuerdo con la evaluación de la escuela.',
        },
      ],
      basis: ['34 CFR 300.503', '34 CFR 300.613', '34 CFR 300.301(b)', '34 CFR 300.502'],
    },
    {
      id: 'facilitation',
      heading: { en: 'IEP facilitation', es: 'Facilitación del IEP' },
      paragraphs: [
        {
          en: 'A neutral person runs the IEP meeting and helps the team talk. The team still makes the plan. Federal law does not require it, so each state decides if it offers it.',
          es: 'Una persona neutral dirige la reunión del IEP y ayuda al equipo a hablar. El equipo sigue haciendo el plan. La ley federal no la exige, así que cada estado decide si la ofrece.',
        },
      ],
      basis: [],
    },
    {
      id: 'mediation',
      heading: { en: 'Mediation', es: 'Mediación' },
      paragraphs: [
        {
          en: 'A trained, neutral mediator helps you and the school reach a deal. It is free and private. You both must agree to take part. A signed deal must be followed.',
          es: 'Un mediador neutral y capacitado les ayuda a usted y a la escuela a llegar a un acuerdo. Es gratis y privada. Los dos deben aceptar participar. Un acuerdo firmado se debe cumplir.',
        },
      ],
      basis: ['34 CFR 300.506'],
    },
    {
      id: 'state-complaint',
      heading: { en: 'State complaint', es: 'Queja estatal' },
      paragraphs: [
        {
          en: 'You write to your state’s education office that the school broke a rule. The state looks into it and decides within 60 days. It is free. The problem must have happened less than one year before the state gets your complaint.',
          es: 'Usted le escribe a la oficina de educación de su estado que la escuela no cumplió una regla. El estado lo investiga y decide en 60 días. Es gratis. El problema debe haber pasado menos de un año antes de que el estado reciba su queja.',
        },
      ],
      basis: ['34 CFR 300.151', '34 CFR 300.152(a)', '34 CFR 300.153(c)'],
    },
    {
      id: 'due-process',
      heading: { en: 'Due process hearing', es: 'Audiencia de debido proceso' },
      paragraphs: [
        {
          en: 'A hearing is like a short trial. An impartial hearing officer hears both sides and decides. You ask for it with a written complaint. The time limit is two years unless your state sets its own.',
          es: 'Una audiencia es como un juicio corto. Un funcionario de audiencias imparcial escucha a los dos lados y decide. Se pide con una queja por escrito. El plazo es de dos años, a menos que su estado tenga uno propio.',
        },
        {
          en: 'While the hearing goes on, your child stays where they are now, unless you and the school agree to a change.',
          es: 'Mientras sigue la audiencia, su hijo se queda donde está ahora, a menos que usted y la escuela acuerden un cambio.',
        },
      ],
      basis: ['34 CFR 300.507', '34 CFR 300.511(e)', '34 CFR 300.518'],
    },
    {
      id: 'other-help',
      heading: { en: 'Other help', es: 'Otra ayuda' },
      paragraphs: [
        {
          en: 'If the school treated your child unfairly because of a disability, you can also go to the Office for Civil Rights. You most often have 180 days. A Parent Center in your state can help you for free.',
          es: 'Si la escuela trató mal a su hijo por su discapacidad, también puede ir a la Oficina para Derechos Civiles. Por lo general tiene 180 días. Un Centro de Padres de su estado le puede ayudar gratis.',
        },
      ],
      basis: ['34 CFR 100.7(b)', '34 CFR 104.61', '20 U.S.C. 1471'],
    },
  ],
  stateFacts: ['due_process_limit', 'state_complaint_limit', 'hearing_body', 'evaluation_timeline'],
  related: ['disagree-with-iep', 'team-cannot-agree', 'school-said-no', 'mediation'],
};

const DISAGREE_WITH_IEP: Guide = {
  slug: 'disagree-with-iep',
  title: { en: 'When you disagree with the IEP', es: 'Cuando no está de acuerdo con el IEP' },
  summary: {
    en: 'You do not have to agree with a plan you think is wrong. Here is what to do after the meeting.',
    es: 'No tiene que aceptar un plan que le parece mal. Esto es lo que puede hacer después de la reunión.',
  },
  sections: [
    {
      id: 'do-not-sign',
      heading: { en: 'Do not sign to agree', es: 'No firme para aceptar' },
      paragraphs: [
        {
          en: 'Do not sign that you agree if you do not. The school needs your written consent before it gives special education for the first time.',
          es: 'No firme que está de acuerdo si no lo está. La escuela necesita su permiso por escrito antes de dar educación especial por primera vez.',
        },
        {
          en: 'If you say no to one service, the school cannot use that to deny your child other services.',
          es: 'Si usted dice que no a un servicio, la escuela no puede usar eso para negarle a su hijo otros servicios.',
        },
      ],
      basis: ['34 CFR 300.300(b)', '34 CFR 300.300(d)(3)'],
    },
    {
      id: 'objections',
      heading: { en: 'Write down your objections', es: 'Escriba lo que no acepta' },
      paragraphs: [
        {
          en: 'Soon after the meeting, send a short letter. List each part of the plan you disagree with and why. Date it and keep a copy.',
          es: 'Poco después de la reunión, mande una carta corta. Diga cada parte del plan que no acepta y por qué. Póngale la fecha y guarde una copia.',
        },
        {
          en: 'Ask the school to answer with prior written notice. It must say what it will do, why, and what facts it used. Some states give you only a few days to object before the school acts. Check your state’s facts on this page.',
          es: 'Pida que la escuela le conteste con una notificación previa por escrito. Debe decir lo que hará, por qué y qué datos usó. Algunos estados le dan solo unos días para oponerse antes de que la escuela actúe. Vea los datos de su estado en esta página.',
        },
      ],
      basis: ['34 CFR 300.503'],
    },
    {
      id: 'iee',
      heading: { en: 'Ask for an IEE', es: 'Pida una IEE' },
      paragraphs: [
        {
          en: 'If you disagree with the school’s testing, you can ask for an IEE at public cost. Someone who does not work for the school tests your child.',
          es: 'Si no está de acuerdo con la evaluación de la escuela, puede pedir una IEE pagada con fondos públicos. La hace alguien que no trabaja para la escuela.',
        },
        {
          en: 'The school must pay for it or ask for a hearing to show its own testing was right. It must do this without delay. You do not have to say why you disagree. You get one IEE each time the school tests your child.',
          es: 'La escuela debe pagarla o pedir una audiencia para probar que su evaluación fue buena. Debe hacerlo sin demora. Usted no tiene que decir por qué no está de acuerdo. Tiene derecho a una IEE cada vez que la escuela evalúa a su hijo.',
        },
      ],
      basis: ['34 CFR 300.502'],
    },
    {
      id: 'second-meeting',
      heading: { en: 'Ask for a second meeting', es: 'Pida otra reunión' },
      paragraphs: [
        {
          en: 'Ask in writing for another IEP meeting. Ask for your child’s records first. The school must show them within 45 days and before the meeting.',
          es: 'Pida por escrito otra reunión del IEP. Antes, pida los expedientes de su hijo. La escuela debe mostrárselos en 45 días o menos y antes de la reunión.',
        },
        {
          en: 'Bring new facts, like an IEE or notes from a doctor. You can bring someone who knows your child or knows the rules.',
          es: 'Lleve datos nuevos, como una IEE o notas de un médico. Puede llevar a alguien que conozca a su hijo o que conozca las reglas.',
        },
      ],
      basis: ['34 CFR 300.322', '34 CFR 300.613'],
    },
    {
      id: 'next-step',
      heading: { en: 'When to take the next step', es: 'Cuándo dar el siguiente paso' },
      paragraphs: [
        {
          en: 'If you still cannot agree, you can ask for mediation. If the school broke a clear rule, you can file a state complaint. If you disagree about what your child needs, you can ask for a due process hearing.',
          es: 'Si aún no se ponen de acuerdo, puede pedir mediación. Si la escuela no cumplió una regla clara, puede presentar una queja estatal. Si no están de acuerdo en lo que su hijo necesita, puede pedir una audiencia de debido proceso.',
        },
        {
          en: 'Act fast if the school plans to change your child’s class or school. If you ask for a hearing before the change starts, your child stays where they are while the hearing goes on.',
          es: 'Actúe rápido si la escuela quiere cambiar la clase o la escuela de su hijo. Si pide una audiencia antes de que empiece el cambio, su hijo se queda donde está mientras sigue la audiencia.',
        },
      ],
      basis: ['34 CFR 300.506', '34 CFR 300.153', '34 CFR 300.507', '34 CFR 300.518'],
    },
  ],
  stateFacts: [
    'objection_window',
    'iee_response',
    'due_process_limit',
    'state_complaint_limit',
    'hearing_body',
  ],
  related: ['team-cannot-agree', 'mediation', 'options'],
};

const MEDIATION: Guide = {
  slug: 'mediation',
  title: { en: 'Mediation', es: 'La mediación' },
  summary: {
    en: 'Mediation is a free, private talk with a neutral person who helps you and the school find a deal.',
    es: 'La mediación es una reunión gratis y privada con una persona neutral que les ayuda a usted y a la escuela a llegar a un acuerdo.',
  },
  sections: [
    {
      id: 'what-it-is',
      heading: { en: 'What it is', es: 'Qué es' },
      paragraphs: [
        {
          en: 'Mediation is a meeting to settle a problem with the school. You can ask for it at any time, even before you ask for a hearing. The state pays for it.',
          es: 'La mediación es una reunión para resolver un problema con la escuela. La puede pedir en cualquier momento, aun antes de pedir una audiencia. El estado la paga.',
        },
        {
          en: 'You and the school must both agree to take part. The school cannot use it to delay a hearing you asked for.',
          es: 'Usted y la escuela deben aceptar participar. La escuela no la puede usar para atrasar una audiencia que usted pidió.',
        },
      ],
      basis: ['34 CFR 300.506(a)', '34 CFR 300.506(b)(1)', '34 CFR 300.506(b)(4)'],
    },
    {
      id: 'mediator',
      heading: {
        en: 'What the mediator does, and does not do',
        es: 'Lo que hace el mediador, y lo que no hace',
      },
      paragraphs: [
        {
          en: 'The mediator is trained and does not take sides. The mediator helps each side talk, listen and look for ideas.',
          es: 'El mediador está capacitado y no toma partido. Ayuda a cada lado a hablar, a escuchar y a buscar ideas.',
        },
        {
          en: 'The mediator does not decide who is right. No one can make you agree. If there is no deal, you keep all your other options.',
          es: 'El mediador no decide quién tiene la razón. Nadie le puede obligar a aceptar. Si no hay acuerdo, usted conserva todas sus otras opciones.',
        },
      ],
      basis: ['34 CFR 300.506(b)(1)', '34 CFR 300.506(b)(3)'],
    },
    {
      id: 'prepare',
      heading: { en: 'How to prepare', es: 'Cómo prepararse' },
      paragraphs: [
        {
          en: 'What is said in mediation stays private. It cannot be used later in a hearing or in court. So you can speak freely.',
          es: 'Lo que se dice en la mediación es privado. No se puede usar después en una audiencia ni en la corte. Así que puede hablar con libertad.',
        },
      ],
      points: [
        {
          en: 'Ask for your child’s records early. The school has up to 45 days to show them.',
          es: 'Pida pronto los expedientes de su hijo. La escuela tiene hasta 45 días para mostrárselos.',
        },
        {
          en: 'Write down the two or three things you want most.',
          es: 'Escriba las dos o tres cosas que más quiere.',
        },
        {
          en: 'Think about what else you could accept.',
          es: 'Piense en qué otra cosa podría aceptar.',
        },
        {
          en: 'Bring the papers that show the problem, like report cards and letters.',
          es: 'Lleve los papeles que muestran el problema, como notas y cartas.',
        },
      ],
      basis: ['34 CFR 300.506(b)(8)', '34 CFR 300.613'],
    },
    {
      id: 'agreement',
      heading: { en: 'The written agreement', es: 'El acuerdo por escrito' },
      paragraphs: [
        {
          en: 'If you reach a deal, it is written down. You sign it, and so does someone from the school who can make the deal. Read it well before you sign.',
          es: 'Si llegan a un acuerdo, se pone por escrito. Usted lo firma, y también alguien de la escuela que puede aceptar el trato. Léalo bien antes de firmar.',
        },
        {
          en: 'A signed agreement must be followed. If the school does not do what it says, a court can make it.',
          es: 'Un acuerdo firmado se debe cumplir. Si la escuela no hace lo que dice, una corte la puede obligar.',
        },
      ],
      basis: ['34 CFR 300.506(b)(6)', '34 CFR 300.506(b)(7)'],
    },
    {
      id: 'after-filing',
      heading: {
        en: 'Mediation after you ask for a hearing',
        es: 'Mediación después de pedir una audiencia',
      },
      paragraphs: [
        {
          en: 'After you ask for a hearing, the school must hold a meeting within 15 days to try to settle. You and the school can choose mediation in its place.',
          es: 'Después de que usted pide una audiencia, la escuela debe hacer una reunión en 15 días para tratar de resolver. Usted y la escuela pueden elegir la mediación en su lugar.',
        },
      ],
      basis: ['34 CFR 300.510(a)'],
    },
  ],
  stateFacts: ['due_process_limit', 'hearing_body'],
  related: ['team-cannot-agree', 'disagree-with-iep', 'options'],
};

const TEAM_CANNOT_AGREE: Guide = {
  slug: 'team-cannot-agree',
  title: { en: 'When the team cannot agree', es: 'Cuando el equipo no se pone de acuerdo' },
  summary: {
    en: 'Four ways to move forward when talks stall, side by side.',
    es: 'Cuatro formas de seguir adelante cuando las pláticas no avanzan, lado a lado.',
  },
  sections: [
    {
      id: 'choices',
      heading: { en: 'Your four main choices', es: 'Sus cuatro opciones principales' },
      paragraphs: [
        {
          en: 'Two choices help you keep talking: facilitation and mediation. Two choices ask someone else to decide: a state complaint and a due process hearing. The table shows how they differ.',
          es: 'Dos opciones les ayudan a seguir hablando: la facilitación y la mediación. Otras dos le piden a alguien más que decida: la queja estatal y la audiencia de debido proceso. La tabla muestra en qué son distintas.',
        },
      ],
      basis: ['34 CFR 300.506', '34 CFR 300.151', '34 CFR 300.507'],
    },
    {
      id: 'which',
      heading: { en: 'Which one fits', es: 'Cuál le conviene' },
      points: [
        {
          en: 'The team talks past each other: try facilitation or mediation.',
          es: 'El equipo no se entiende: pruebe la facilitación o la mediación.',
        },
        {
          en: 'The school broke a clear rule, like a missed deadline or services not given: file a state complaint.',
          es: 'La escuela no cumplió una regla clara, como una fecha o un servicio que no dio: presente una queja estatal.',
        },
        {
          en: 'You disagree about what your child needs, or where they should learn: ask for a due process hearing.',
          es: 'No están de acuerdo en lo que su hijo necesita, o en dónde debe estudiar: pida una audiencia de debido proceso.',
        },
      ],
      paragraphs: [
        {
          en: 'You can try mediation first and still ask for a hearing later. Watch the time limits for each step.',
          es: 'Puede probar la mediación primero y pedir una audiencia después. Cuide los plazos de cada paso.',
        },
      ],
      basis: [
        '34 CFR 300.151(b)',
        '34 CFR 300.506(b)(1)',
        '34 CFR 300.511(e)',
        '34 CFR 300.153(c)',
      ],
    },
  ],
  comparison: {
    afterSection: 'choices',
    caption: { en: 'Four options side by side', es: 'Cuatro opciones lado a lado' },
    columns: [
      { id: 'what', label: { en: 'What it is', es: 'Qué es' } },
      { id: 'decides', label: { en: 'Who decides', es: 'Quién decide' } },
      { id: 'cost', label: { en: 'Cost', es: 'Costo' } },
      { id: 'time', label: { en: 'How long', es: 'Cuánto tarda' } },
      { id: 'limit', label: { en: 'When you can start', es: 'Cuándo puede empezar' } },
      { id: 'result', label: { en: 'What you get', es: 'Qué obtiene' } },
    ],
    rows: [
      {
        id: 'facilitation',
        option: { en: 'IEP facilitation', es: 'Facilitación del IEP' },
        cells: {
          what: {
            en: 'A neutral person runs the IEP meeting.',
            es: 'Una persona neutral dirige la reunión del IEP.',
          },
          decides: { en: 'The team, and you are on it.', es: 'El equipo, y usted es parte de él.' },
          cost: { en: 'Each state sets its own rules.', es: 'Cada estado pone sus reglas.' },
          time: { en: 'Most often one meeting.', es: 'Casi siempre una reunión.' },
          limit: { en: 'Federal law sets no rule.', es: 'La ley federal no pone una regla.' },
          result: {
            en: 'A new plan, if the team agrees.',
            es: 'Un plan nuevo, si el equipo lo acepta.',
          },
        },
        basis: [],
      },
      {
        id: 'mediation',
        option: { en: 'Mediation', es: 'Mediación' },
        cells: {
          what: {
            en: 'A private talk with a neutral mediator.',
            es: 'Una plática privada con un mediador neutral.',
          },
          decides: { en: 'You and the school, together.', es: 'Usted y la escuela, juntos.' },
          cost: { en: 'Free. The state pays.', es: 'Gratis. El estado paga.' },
          time: {
            en: 'It must be set soon, at a place that suits you.',
            es: 'Se debe hacer pronto, en un lugar que le quede bien.',
          },
          limit: {
            en: 'Any time, even before a hearing.',
            es: 'En cualquier momento, aun antes de una audiencia.',
          },
          result: {
            en: 'A signed deal that a court can enforce.',
            es: 'Un acuerdo firmado que una corte puede hacer cumplir.',
          },
        },
        basis: ['34 CFR 300.506'],
      },
      {
        id: 'state-complaint',
        option: { en: 'State complaint', es: 'Queja estatal' },
        cells: {
          what: {
            en: 'A letter to the state that the school broke a rule.',
            es: 'Una carta al estado porque la escuela no cumplió una regla.',
          },
          decides: {
            en: 'The state’s education office.',
            es: 'La oficina de educación del estado.',
          },
          cost: { en: 'Free.', es: 'Gratis.' },
          time: { en: 'A decision within 60 days.', es: 'Una decisión en 60 días.' },
          limit: {
            en: 'The problem must be less than one year old.',
            es: 'El problema debe tener menos de un año.',
          },
          result: {
            en: 'Orders to fix it, like make-up services.',
            es: 'Órdenes para arreglarlo, como servicios para reponer lo perdido.',
          },
        },
        basis: ['34 CFR 300.151(b)', '34 CFR 300.152(a)', '34 CFR 300.153(c)'],
      },
      {
        id: 'due-process',
        option: { en: 'Due process hearing', es: 'Audiencia de debido proceso' },
        cells: {
          what: {
            en: 'A hearing, like a short trial.',
            es: 'Una audiencia, como un juicio corto.',
          },
          decides: {
            en: 'An impartial hearing officer.',
            es: 'Un funcionario de audiencias imparcial.',
          },
          cost: {
            en: 'You may pay a lawyer. If you win, a court may make the school pay.',
            es: 'Quizás pague un abogado. Si gana, una corte puede hacer que la escuela pague.',
          },
          time: {
            en: 'Up to 30 days to settle, then a decision within 45 days.',
            es: 'Hasta 30 días para un acuerdo, y luego una decisión en 45 días.',
          },
          limit: {
            en: 'Two years, or your state’s own limit.',
            es: 'Dos años, o el plazo propio de su estado.',
          },
          result: {
            en: 'A decision both sides must follow. Your child stays put meanwhile.',
            es: 'Una decisión que los dos deben cumplir. Mientras, su hijo se queda donde está.',
          },
        },
        basis: [
          '34 CFR 300.507',
          '34 CFR 300.510(b)',
          '34 CFR 300.515(a)',
          '34 CFR 300.517',
          '34 CFR 300.518',
        ],
      },
    ],
  },
  stateFacts: [
    'due_process_limit',
    'state_complaint_limit',
    'hearing_body',
    'state_complaint_office',
  ],
  related: ['mediation', 'disagree-with-iep', 'options'],
};

const SCHOOL_SAID_NO: Guide = {
  slug: 'school-said-no',
  title: { en: 'When the school says no', es: 'Cuando la escuela dice que no' },
  summary: {
    en: 'What to do when the school will not test your child, or says your child cannot have an IEP.',
    es: 'Qué hacer cuando la escuela no quiere evaluar a su hijo, o dice que su hijo no puede tener un IEP.',
  },
  sections: [
    {
      id: 'in-writing',
      heading: { en: 'Get the answer in writing', es: 'Pida la respuesta por escrito' },
      paragraphs: [
        {
          en: 'When the school says no to testing or to services, it must tell you in writing. This is called prior written notice. It must say what the school decided, why, and what facts it used. It must also list other options the team looked at.',
          es: 'Cuando la escuela dice que no a una evaluación o a los servicios, se lo debe decir por escrito. Esto se llama notificación previa por escrito. Debe decir lo que decidió, por qué y qué datos usó. También debe decir qué otras opciones vio el equipo.',
        },
        {
          en: 'The notice must be in your language. If the school only told you out loud, ask for it in writing.',
          es: 'El aviso debe estar en su idioma. Si la escuela solo se lo dijo en persona, pídalo por escrito.',
        },
      ],
      basis: ['34 CFR 300.503(a)', '34 CFR 300.503(b)', '34 CFR 300.503(c)'],
    },
    {
      id: 'evaluation',
      heading: {
        en: 'If the school will not test your child',
        es: 'Si la escuela no quiere evaluar a su hijo',
      },
      paragraphs: [
        {
          en: 'You can ask for an evaluation in writing. Some states give the school a set time to answer. Once you sign the consent form, the testing must be done in 60 days, or in your state’s own time.',
          es: 'Puede pedir una evaluación por escrito. Algunos estados le dan a la escuela un plazo para contestar. Cuando usted firma el permiso, la evaluación se debe hacer en 60 días, o en el plazo de su estado.',
        },
      ],
      basis: ['34 CFR 300.301(b)', '34 CFR 300.301(c)(1)'],
    },
    {
      id: 'not-eligible',
      heading: {
        en: 'If they say your child does not qualify',
        es: 'Si dicen que su hijo no califica',
      },
      paragraphs: [
        {
          en: 'Ask for a free copy of the evaluation report. If you disagree with the testing, ask for an IEE at public cost. Then ask the team to meet again and look at it.',
          es: 'Pida una copia gratis del informe de la evaluación. Si no está de acuerdo con la evaluación, pida una IEE pagada con fondos públicos. Luego pida que el equipo se reúna otra vez para verla.',
        },
      ],
      basis: ['34 CFR 300.306(a)(2)', '34 CFR 300.502'],
    },
    {
      id: 'mediation',
      heading: { en: 'Mediation', es: 'Mediación' },
      paragraphs: [
        {
          en: 'You can ask for mediation to talk it through with a neutral person. It is free. Nothing is decided unless you both agree.',
          es: 'Puede pedir mediación para hablarlo con una persona neutral. Es gratis. No se decide nada si los dos no están de acuerdo.',
        },
      ],
      basis: ['34 CFR 300.506'],
    },
    {
      id: 'state-complaint',
      heading: { en: 'State complaint', es: 'Queja estatal' },
      paragraphs: [
        {
          en: 'If the school ignored your request or missed a deadline, you can file a state complaint. Send a copy to the school at the same time. The problem must be less than one year old.',
          es: 'Si la escuela no hizo caso a su pedido o no cumplió un plazo, puede presentar una queja estatal. Mande una copia a la escuela al mismo tiempo. El problema debe tener menos de un año.',
        },
      ],
      basis: ['34 CFR 300.151', '34 CFR 300.153(c)', '34 CFR 300.153(d)'],
    },
    {
      id: 'due-process',
      heading: { en: 'Due process hearing', es: 'Audiencia de debido proceso' },
      paragraphs: [
        {
          en: 'If the school gave its reasons and you still disagree, you can ask for a hearing. A hearing officer decides if the school was right to say no.',
          es: 'Si la escuela dio sus razones y usted sigue sin estar de acuerdo, puede pedir una audiencia. Un funcionario de audiencias decide si la escuela tuvo razón al decir que no.',
        },
      ],
      basis: ['34 CFR 300.507', '34 CFR 300.511(e)'],
    },
  ],
  stateFacts: [
    'evaluation_request_response',
    'evaluation_timeline',
    'state_complaint_limit',
    'due_process_limit',
    'hearing_body',
  ],
  related: ['options', 'mediation', 'disagree-with-iep'],
};

/**
 * The guides, in the order the index lists them.
 *
 * @example
 * ```ts
 * GUIDES.map((g) => g.slug); // ['options', 'disagree-with-iep', 'mediation', 'team-cannot-agree', 'school-said-no']
 * ```
 */
export const GUIDES: readonly Guide[] = [
  OPTIONS,
  DISAGREE_WITH_IEP,
  MEDIATION,
  TEAM_CANNOT_AGREE,
  SCHOOL_SAID_NO,
];

/**
 * Every guide slug, for addresses and the sitemap.
 *
 * @example
 * ```ts
 * guideSlugs.includes('mediation'); // true
 * ```
 */
export const guideSlugs: readonly GuideSlug[] = GUIDES.map((g) => g.slug);

/**
 * A guide by its slug, or null for any other text (an address a person typed).
 *
 * @example
 * ```ts
 * findGuide('mediation')?.title.en; // 'Mediation'
 * findGuide('nope'); // null
 * ```
 */
export function findGuide(slug: string): Guide | null {
  return GUIDES.find((g) => g.slug === slug) ?? null;
}
