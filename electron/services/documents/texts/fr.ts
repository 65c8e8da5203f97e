/** French. Noch nicht fachlich geprüft until a person confirms it in Einstellungen. */
import type { DocumentTextSet } from './de';

export const fr: DocumentTextSet = {
  common: {
    name: 'Nom',
    caseNumber: 'Numéro de dossier',
    date: 'Date',
    placeDate: 'Lieu, date',
    signatureClient: 'Signature de la personne accompagnée',
    signatureCaseManagement: 'Signature du case management',
    page: 'Page {page} sur {pages}',
    translationNotReviewed: "Cette traduction n'a pas encore été vérifiée par un spécialiste. En cas de doute, le texte allemand fait foi.",
  },
  agreement: {
    title: "Accord d'objectifs",
    intro1: 'Voici ce que nous avons convenu ensemble.',
    intro2: 'Voici vos objectifs.',
    intro3: 'Pour chaque objectif, il est écrit : Que faut-il faire ? Qui le fait ? Pour quand ?',
    intro4: 'Nous parlons régulièrement de vos objectifs.',
    intro5: 'Les objectifs peuvent changer. Alors nous écrivons un nouvel accord.',
    intro6: 'Vous recevez une copie.',
    for: 'Pour',
    version: 'Version {version}',
    goal: 'Objectif {number}',
    goalContinued: 'Objectif {number} (suite)',
    lifeArea: 'Domaine de vie',
    noSteps: 'Nous parlerons encore des étapes.',
    who: 'Qui ?',
    byWhen: 'Pour quand ?',
    noFixedDate: 'pas de date fixe',
    doneOn: 'Fait le {date}',
    responsibleClient: 'Vous',
    responsibleCaseManagement: 'Case management',
    responsiblePartner: 'Partenaire du réseau',
    signatures: 'Signatures',
    signatureSentence: "Par notre signature, nous disons : nous en avons parlé ensemble. Nous sommes d'accord.",
    kindToSign: 'Version à signer',
    kindSigned: 'Version signée',
    kindSuperseded: 'Non signée : il existe une version plus récente.',
    signedOn: 'Signé le {date}.',
    paperIsOriginal: "La version signée sur papier est l'original.",
    notSigned: "Cette version n'a pas été signée. Il existe une version plus récente de l'accord d'objectifs.",
  },
  consent: {
    title: 'Consentement au case management et au traitement de vos données',
    intro:
      'Vous souhaitez participer au case management. Pour cela, nous avons besoin de données vous concernant. Vous lisez ici ce qui arrive à vos données et quels sont vos droits (art. 13 du Règlement général sur la protection des données, RGPD).',
    controllerHeading: 'Qui est responsable ?',
    controllerText: 'Le responsable de vos données est : {controller}, {controllerAddress}.',
    dpoHeading: 'Délégué(e) à la protection des données',
    dpoText: 'Pour toute question sur la protection des données, vous pouvez contacter : {dataProtectionOfficer}.',
    purposeHeading: 'Pourquoi utilisons-nous vos données ?',
    purposeText:
      "Pour le case management dans le cadre de la gestion communale de l'intégration de Rhénanie-du-Nord-Westphalie (KIM, volet 2) : nous examinons votre situation avec vous, convenons d'objectifs, planifions les étapes et vous accompagnons. Pour les rapports aux financeurs, nous comptons seulement les dossiers, sans noms.",
    legalBasisHeading: 'Sur quelle base juridique ?',
    legalBasisText:
      'Sur la base de votre consentement (art. 6, par. 1, point a, RGPD). Pour les données particulières, par exemple sur votre santé, sur la base de votre consentement explicite (art. 9, par. 2, point a, RGPD).',
    dataHeading: 'Quelles données ?',
    dataText:
      'Votre nom, votre date de naissance, vos coordonnées, vos langues, des informations sur votre séjour et votre famille ; votre situation dans les domaines de vie (par exemple logement, travail, formation, santé) ; vos objectifs, étapes et rendez-vous ; nos notes sur le suivi.',
    recipientsHeading: 'Qui reçoit vos données ?',
    recipientsText:
      "Personne en dehors du case management, sauf si vous l'autorisez. Pour chaque autre service (par exemple le Jobcenter ou le service des étrangers), vous signez une levée du secret professionnel séparée. Nous transmettons alors seulement les données qui y sont indiquées.",
    retentionHeading: 'Combien de temps conservons-nous vos données ?',
    retentionText:
      "Tant que nous vous accompagnons. Après la fin du case management, nous conservons les données encore {retentionYears} ans, à compter de la fin de l'année où votre dossier a été clôturé. Ensuite, nous les supprimons. Plus longtemps seulement si c'est nécessaire pour un droit en justice ; nous le notons avec la raison.",
    rightsHeading: 'Vos droits',
    rightsIntro: 'Vous avez le droit :',
    rightAccess: "de savoir quelles données nous avons sur vous (droit d'accès, art. 15 RGPD),",
    rightRectification: 'de faire corriger des données inexactes (art. 16 RGPD),',
    rightErasure: 'de faire effacer vos données (art. 17 RGPD),',
    rightRestriction: 'de faire limiter le traitement (art. 18 RGPD),',
    rightPortability: 'de recevoir vos données dans un format courant (art. 20 RGPD),',
    rightObjection: 'de vous opposer au traitement (art. 21 RGPD).',
    withdrawalHeading: 'Retrait',
    withdrawalText:
      "Vous pouvez retirer votre consentement à tout moment, oralement ou par écrit, sans aucun désavantage. Le retrait vaut pour l'avenir : ce qui a eu lieu avant reste licite (art. 7, par. 3, RGPD).",
    complaintHeading: 'Réclamation',
    complaintText:
      "Vous pouvez déposer une réclamation auprès de l'autorité de contrôle : Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW), Kavalleriestraße 2–4, 40213 Düsseldorf, www.ldi.nrw.de.",
    voluntaryHeading: 'Volontaire',
    voluntaryText:
      'Votre consentement est volontaire. Sans consentement, nous ne pouvons pas vous accompagner dans le case management ; vous recevez quand même les autres aides et le conseil ouvert.',
    declarationHeading: 'Mon consentement',
    declarationText:
      "J'ai reçu et compris ces informations. J'accepte que {controller} traite mes données comme décrit pour le case management, y compris des données sur ma santé dans la mesure où c'est nécessaire.",
  },
  release: {
    title: 'Levée du secret professionnel',
    subtitle: "Autorisation d'échanger des données avec un autre service",
    intro:
      "Le case management ne peut rien dire sur vous à personne sans votre autorisation. Par cette déclaration, vous autorisez l'échange avec un service. Vous décidez quelles données.",
    partnerLabel: 'Service',
    partnerText: '{partner}, {partnerOrganisation}',
    declarationText:
      'Je délie le personnel du case management de {controller} du secret professionnel envers {partner}. Je délie aussi {partner} du secret professionnel envers le case management. Cela vaut seulement pour les données et le but indiqués sur cette feuille.',
    purposeHeading: 'Pour quoi ?',
    purposeText: 'Les données sont échangées seulement dans ce but : {purpose}',
    dataHeading: 'Quelles données ?',
    dataText: 'Seules ces données peuvent être échangées : {dataKinds}',
    periodHeading: 'Pour combien de temps ?',
    periodText: 'Cette autorisation est valable du {validFrom} au {validUntil}.',
    periodOpenText: "Cette autorisation est valable à partir du {validFrom}, jusqu'à ce que vous la retiriez ou que le case management se termine.",
    revocationText:
      "Vous pouvez retirer cette autorisation à tout moment, entièrement ou pour certaines données, oralement ou par écrit, sans aucun désavantage. Le retrait vaut pour l'avenir.",
    voluntaryText: 'Cette autorisation est volontaire. Sans elle, nous continuons à vous accompagner, mais sans échange avec ce service.',
    agreeText: "Je suis d'accord.",
  },
  appointment: {
    title: 'Votre rendez-vous',
    appointment: 'Rendez-vous',
    date: 'Date',
    time: 'Heure',
    timeValue: '{time}',
    place: 'Lieu',
    withWhom: 'Avec qui',
    bring: 'Merci d’apporter',
    cannotComeHeading: 'Vous ne pouvez pas venir ?',
    cannotComeText: 'Merci de nous appeler avant : {phone}. Vous recevrez alors un nouveau rendez-vous.',
    interpreterText:
      "Vous avez besoin d'un ou d'une interprète ? Merci de nous le dire avant le rendez-vous. Vous pouvez aussi venir avec une personne de confiance.",
  },
};
