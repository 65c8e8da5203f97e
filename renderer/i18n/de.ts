/**
 * Every text a person reads in the renderer, in German, in one place. Error texts of the main
 * process arrive already in German (electron/contract/errors.ts) and are shown as they are.
 */
import type { LockReason } from '../../electron/contract';

const seconds = (n: number) => (n === 1 ? '1 Sekunde' : `${n} Sekunden`);

export const de = {
  appName: 'KIM Fallakte',

  common: {
    show: 'Anzeigen',
    showLabel: (label: string) => `${label} anzeigen`,
    busy: 'Bitte warten …',
    back: 'Zurück',
    save: 'Speichern',
  },

  loading: {
    title: 'KIM Fallakte wird geöffnet …',
    failedTitle: 'Die KIM Fallakte konnte nicht starten',
    retry: 'Noch einmal versuchen',
  },

  passphrase: {
    label: 'Passphrase',
    newLabel: 'Neue Passphrase',
    repeatLabel: 'Passphrase wiederholen',
    repeatNewLabel: 'Neue Passphrase wiederholen',
    newHint: 'Mindestens 12 Zeichen. Am besten vier oder mehr Wörter, die nicht zusammengehören – leicht zu merken, schwer zu erraten.',
    mismatch: 'Die beiden Passphrasen stimmen nicht überein.',
    strengthLabel: 'Stärke der Passphrase',
    strengthEmpty: 'noch keine Eingabe',
    strengthWords: ['sehr schwach', 'schwach', 'mittel', 'stark', 'sehr stark'] as const,
    problems: {
      empty: 'Bitte geben Sie eine Passphrase ein.',
      checking: 'Die Stärke der Passphrase wird geprüft …',
      weak: 'Die Passphrase ist noch zu leicht zu erraten. Die Hinweise oben helfen.',
      repeat: 'Bitte wiederholen Sie die Passphrase.',
      mismatch: 'Die beiden Passphrasen stimmen noch nicht überein.',
    },
  },

  setup: {
    title: 'KIM Fallakte einrichten',
    intro: 'Willkommen. Die Fallakte speichert alle Falldaten verschlüsselt auf diesem Gerät. Zum Öffnen brauchen Sie eine Passphrase, die nur Sie kennen.',
    nameLabel: 'Ihr Name',
    nameHint: 'Ihr Name steht im Änderungsprotokoll bei allem, was Sie in der Fallakte tun.',
    nameMissing: 'Bitte geben Sie Ihren Namen ein.',
    warning: 'Ohne Passphrase oder Wiederherstellungsschlüssel kann niemand die Daten öffnen – auch nicht die IT.',
    warningDetail: 'Nach dem Einrichten erhalten Sie einen Wiederherstellungsschlüssel. Er ist der einzige Weg zurück, wenn Sie die Passphrase vergessen.',
    submit: 'Fallakte einrichten',
    busy: 'Fallakte wird eingerichtet …',
  },

  recoveryKey: {
    title: 'Ihr Wiederherstellungsschlüssel',
    intro: {
      created: 'Die Fallakte ist eingerichtet. Zum Schluss noch ein wichtiger Schritt.',
      replaced: 'Ihr bisheriger Wiederherstellungsschlüssel wurde nie bestätigt. Deshalb wurde ein neuer erstellt; der alte gilt nicht mehr.',
      renewed: 'Ein neuer Wiederherstellungsschlüssel wurde erstellt. Der bisherige gilt ab sofort nicht mehr.',
    },
    purpose: 'Mit diesem Schlüssel öffnen Sie die Fallakte, wenn Sie Ihre Passphrase vergessen haben.',
    keyLabel: 'Wiederherstellungsschlüssel, 8 Gruppen zu je 4 Zeichen',
    groupNumber: (n: number) => `Gruppe ${n}`,
    instructions: [
      'Schreiben Sie den Schlüssel vollständig ab oder drucken Sie diese Seite aus. Er enthält nie die Buchstaben O, I, L oder U: 0 ist immer die Null, 1 immer die Eins.',
      'Legen Sie das Blatt in den Tresor Ihres Arbeitgebers – nicht in die Laptoptasche.',
      'Der Schlüssel wird nur dieses eine Mal angezeigt.',
    ],
    print: 'Drucken',
    next: 'Ich habe den Schlüssel aufgeschrieben',
    confirmTitle: 'Wiederherstellungsschlüssel bestätigen',
    confirmIntro: 'Bitte tippen Sie zur Kontrolle zwei Gruppen aus Ihrer Abschrift ab. So ist sicher, dass der Schlüssel richtig notiert ist.',
    groupLabel: (n: number) => `Gruppe ${n}`,
    groupHint: 'Jede Gruppe hat 4 Zeichen. Groß- und Kleinschreibung ist egal.',
    confirm: 'Bestätigen',
    confirmBusy: 'Wird geprüft …',
    showAgain: 'Schlüssel noch einmal anzeigen',
    missingGroups: 'Bitte füllen Sie beide Gruppen aus.',
    confirmedRenewed: 'Der neue Wiederherstellungsschlüssel ist bestätigt.',
  },

  unlock: {
    title: 'Fallakte entsperren',
    intro: 'Bitte geben Sie Ihre Passphrase ein.',
    submit: 'Entsperren',
    busy: 'Wird entsperrt …',
    forgot: 'Passphrase vergessen? Mit Wiederherstellungsschlüssel entsperren',
    nextAttemptIn: (n: number) => `Nächster Versuch in ${seconds(n)}.`,
    tryAgainNow: 'Sie können es jetzt noch einmal versuchen.',
    lockReason: {
      manual: 'Die Fallakte ist gesperrt.',
      idle: 'Die Fallakte wurde gesperrt, weil eine Weile nichts eingegeben wurde.',
      suspend: 'Die Fallakte wurde gesperrt, weil das Gerät in den Ruhezustand ging.',
      'screen-lock': 'Die Fallakte wurde gesperrt, weil der Bildschirm gesperrt wurde.',
      renderer:
        'Das Fenster der Fallakte reagierte nicht mehr und wurde neu gestartet. Zum Schutz Ihrer Daten wurde die Fallakte dabei gesperrt. Was Sie in Formulare eingegeben hatten, ist als Entwurf gespeichert und wird Ihnen wieder angeboten – höchstens die Eingabe der letzten Sekunde kann fehlen.',
    } satisfies Record<LockReason, string>,
  },

  recover: {
    title: 'Mit Wiederherstellungsschlüssel entsperren',
    intro: 'Geben Sie Ihren Wiederherstellungsschlüssel ein. Danach wählen Sie eine neue Passphrase – die vergessene gilt dann nicht mehr.',
    keyLabel: 'Wiederherstellungsschlüssel',
    keyHint: '8 Gruppen zu je 4 Zeichen, z. B. 7K2M-AB3C-… Bindestriche und Leerzeichen sind egal.',
    keyMissing: 'Bitte geben Sie den Wiederherstellungsschlüssel ein.',
    submit: 'Entsperren und neue Passphrase speichern',
    busy: 'Wird entsperrt …',
    back: 'Zurück zur Passphrase',
  },

  frame: {
    skipLink: 'Zum Inhalt springen',
    navLabel: 'Hauptnavigation',
    signedInAs: (name: string) => `Angemeldet: ${name}`,
    lock: 'Sperren',
    lockHint: 'Sperren (Strg+L)',
    shortcutHint: (n: number) => `Alt+${n}`,
  },

  pages: {
    today: { nav: 'Heute', title: 'Heute', text: '' },
    cases: { nav: 'Fälle', title: 'Fälle', text: 'Hier erscheint bald die Liste Ihrer Fälle. Dieser Bereich wird gerade gebaut.' },
    consultation: {
      nav: 'Sprechstunde',
      title: 'Sprechstunde',
      text: 'Hier können Sie bald Kontakte in der Sprechstunde schnell erfassen. Dieser Bereich wird gerade gebaut.',
    },
    statistics: {
      nav: 'Statistik',
      title: 'Statistik',
      text: 'Hier erscheint bald die anonymisierte Statistik für die Koordinierung. Dieser Bereich wird gerade gebaut.',
    },
    settings: { nav: 'Einstellungen', title: 'Einstellungen', text: '' },
    protokoll: { nav: 'Protokoll', title: 'Protokoll', text: '' },
  },

  settings: {
    generalTitle: 'Allgemein',
    nameLabel: 'Ihr Name',
    nameHint: 'Steht im Änderungsprotokoll bei allem, was Sie tun.',
    nameMissing: 'Bitte geben Sie Ihren Namen ein.',
    autoLockLabel: 'Automatisch sperren nach (Minuten)',
    autoLockHint: (min: number, max: number) => `Ohne Eingabe sperrt sich die Fallakte nach dieser Zeit. Erlaubt sind ${min} bis ${max} Minuten.`,
    autoLockInvalid: (min: number, max: number) => `Bitte geben Sie eine ganze Zahl von ${min} bis ${max} ein.`,
    saved: 'Die Einstellungen sind gespeichert.',
    loading: 'Einstellungen werden geladen …',

    changeTitle: 'Passphrase ändern',
    currentLabel: 'Bisherige Passphrase',
    changeSubmit: 'Passphrase ändern',
    changeBusy: 'Passphrase wird geändert …',
    changed: 'Die Passphrase ist geändert. Ab jetzt gilt nur noch die neue.',
    currentMissing: 'Bitte geben Sie die bisherige Passphrase ein.',

    renewTitle: 'Wiederherstellungsschlüssel erneuern',
    renewIntro: 'Erstellen Sie einen neuen Schlüssel, wenn der alte verloren ist oder jemand anderes ihn gesehen hat. Der bisherige gilt danach nicht mehr.',
    renewPassphraseLabel: 'Passphrase zur Bestätigung',
    renewSubmit: 'Neuen Schlüssel erstellen',
    renewBusy: 'Neuer Schlüssel wird erstellt …',
  },
} as const;
