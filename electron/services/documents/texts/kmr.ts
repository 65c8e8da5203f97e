/**
 * Kurdish, Kurmanji (Kurmancî) in Latin script. Noch nicht fachlich geprüft until a person
 * confirms it in Einstellungen. "Case Management" stays as the name of the service the client
 * meets in Germany; German office names and the supervisory authority's address stay as written.
 */
import type { DocumentTextSet } from './de';

export const kmr: DocumentTextSet = {
  common: {
    name: 'Nav',
    caseNumber: 'Hejmara dosyayê',
    date: 'Dîrok',
    placeDate: 'Cih, dîrok',
    signatureClient: 'Îmzeya serlêder',
    signatureCaseManagement: 'Îmzeya Case Managementê',
    page: 'Rûpel {page} ji {pages}',
    translationNotReviewed: 'Ev werger hê ji aliyê pisporekî ve nehatiye kontrolkirin. Di rewşa gumanê de nivîsa almanî derbasdar e.',
  },
  agreement: {
    title: 'Peymana armancan',
    intro1: 'Me ev bi hev re li hev kir.',
    intro2: 'Li vir armancên we hene.',
    intro3: 'Li ba her armancekê nivîsandî ye: Çi divê bê kirin? Kî wê dike? Heta kengê?',
    intro4: 'Em bi rêkûpêk li ser armancên we diaxivin.',
    intro5: 'Armanc dikarin biguherin. Wê demê em peymaneke nû dinivîsin.',
    intro6: 'Hûn kopiyekê distînin.',
    for: 'Ji bo',
    version: 'Guhertoya {version}',
    goal: 'Armanc {number}',
    lifeArea: 'Qada jiyanê',
    noSteps: 'Em ê hê li ser gavan biaxivin.',
    who: 'Kî?',
    byWhen: 'Heta kengê?',
    noFixedDate: 'dîroka diyar tune',
    doneOn: 'Di {date} de hat kirin',
    responsibleClient: 'Hûn',
    responsibleCaseManagement: 'Case Management',
    responsiblePartner: 'Hevkarê torê',
    signatures: 'Îmze',
    signatureSentence: 'Bi îmzeya xwe em dibêjin: Me ev bi hev re axivî. Em razî ne.',
    kindToSign: 'Guhertoya ji bo îmzekirinê',
    kindSigned: 'Guhertoya îmzekirî',
    kindSuperseded: 'Nehatiye îmzekirin: Guhertoyeke nûtir heye.',
    signedOn: 'Di {date} de hat îmzekirin.',
    paperIsOriginal: 'Guhertoya îmzekirî ya li ser kaxezê orîjînal e.',
    notSigned: 'Ev guherto nehat îmzekirin. Guhertoyeke nûtir a peymana armancan heye.',
  },
  consent: {
    title: 'Razîbûn bi Case Managementê û bi xebitandina daneyên we',
    intro:
      'Hûn dixwazin beşdarî Case Managementê bibin. Ji bo vê yekê em hewceyî daneyên li ser we ne. Li vir nivîsandî ye ka çi bi daneyên we tê û mafên we çi ne (Xala 13 ya Rêziknameya Giştî ya Parastina Daneyan, DSGVO).',
    controllerHeading: 'Kî berpirsiyar e?',
    controllerText: 'Berpirsiyarê daneyên we: {controller}, {controllerAddress}.',
    dpoHeading: 'Berpirsiyarê parastina daneyan',
    dpoText: 'Heke pirsên we li ser parastina daneyan hebin, hûn dikarin serî lê bidin: {dataProtectionOfficer}.',
    purposeHeading: 'Em daneyên we ji bo çi bi kar tînin?',
    purposeText:
      'Ji bo Case Managementê di çarçoveya Rêveberiya Entegrasyonê ya Şaredariyan a Nordrhein-Westfalenê de (KIM, beşa 2): Em bi we re rewşa we zelal dikin, li ser armancan li hev dikin, gavan plan dikin û di rê de bi we re ne. Ji bo raporên ji bo fînansoran em tenê dosyayan dihejmêrin, bê nav.',
    legalBasisHeading: 'Li ser kîjan bingeha qanûnî?',
    legalBasisText:
      'Li ser bingeha razîbûna we (DSGVO Xala 6 Bend 1 Tîp a). Ji bo daneyên taybet, wek daneyên li ser tenduristiya we, li ser bingeha razîbûna we ya eşkere (DSGVO Xala 9 Bend 2 Tîp a).',
    dataHeading: 'Kîjan dane?',
    dataText:
      'Navê we, roja jidayikbûnê, agahiyên têkiliyê, zimanên we, agahiyên li ser mayînê û malbatê; rewşa we di qadên jiyanê de (wek xanî, kar, perwerde, tenduristî); armanc, gav û randevûyên we; notên me li ser pêvajoyê.',
    recipientsHeading: 'Kî daneyên we distîne?',
    recipientsText:
      'Ji derveyî Case Managementê tu kes, heke hûn destûr nedin. Ji bo her saziyeke din (wek Jobcenter an Ausländerbehörde, daîreya biyaniyan) hûn belgeyeke cuda ya azadkirina ji peywira veşartina razan îmze dikin. Wê demê em tenê daneyên ku li wir nivîsandî ne radestî wan dikin.',
    retentionHeading: 'Em daneyên we heta kengê diparêzin?',
    retentionText:
      'Heta ku em bi we re ne. Piştî dawiya Case Managementê em daneyan {retentionYears} salên din diparêzin, ji dawiya wê salê ku dosyaya we hat girtin. Paşê em wan jê dibin. Dirêjtir tenê heke ji bo mafekî qanûnî pêwîst be; em vê bi sedemê wê tomar dikin.',
    rightsHeading: 'Mafên we',
    rightsIntro: 'Mafê we heye:',
    rightAccess: 'hûn bizanin ka kîjan daneyên we li ba me hene (agahdarî, DSGVO Xala 15),',
    rightRectification: 'daneyên şaş rast bikin (DSGVO Xala 16),',
    rightErasure: 'daneyên xwe jê bibin (DSGVO Xala 17),',
    rightRestriction: 'xebitandinê sînordar bikin (DSGVO Xala 18),',
    rightPortability: 'daneyên xwe bi formateke belav bistînin (DSGVO Xala 20),',
    rightObjection: 'li dijî xebitandinê îtîraz bikin (DSGVO Xala 21).',
    withdrawalHeading: 'Paşvekişandin',
    withdrawalText:
      'Hûn dikarin razîbûna xwe her dem paşve bikişînin, bi devkî an bi nivîskî, bê tu zirar. Paşvekişandin ji bo pêşerojê derbasdar e: tiştên ku heta wê demê hatine kirin qanûnî dimînin (DSGVO Xala 7 Bend 3).',
    complaintHeading: 'Gilî',
    complaintText:
      'Hûn dikarin gilî bikin li ba saziya çavdêriyê: Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW), Kavalleriestraße 2–4, 40213 Düsseldorf, www.ldi.nrw.de.',
    voluntaryHeading: 'Bi dilxwazî',
    voluntaryText:
      'Razîbûna we bi dilxwazî ye. Bê razîbûn em nikarin di Case Managementê de bi we re bin; lê hûn dîsa jî alîkariyên din û şêwirmendiya vekirî distînin.',
    declarationHeading: 'Razîbûna min',
    declarationText:
      'Min ev agahî wergirtin û fêm kirin. Ez razî me ku {controller} daneyên min wek ku hatiye şirovekirin ji bo Case Managementê bixebitîne, daneyên li ser tenduristiya min jî, bi qasî ku pêwîst e.',
  },
  release: {
    title: 'Azadkirina ji peywira veşartina razan',
    subtitle: 'Destûr ji bo danûstandina daneyan bi saziyeke din re',
    intro:
      'Case Management bê destûra we nikare li ser we tiştekî ji kesî re bibêje. Bi vê daxuyaniyê hûn destûrê didin danûstandina bi saziyekê re. Hûn biryar didin ka kîjan dane.',
    partnerLabel: 'Sazî',
    partnerText: '{partner}, {partnerOrganisation}',
    declarationText:
      'Ez karmendên Case Managementê yên {controller} li hember {partner} ji peywira veşartina razan azad dikim. Her wiha ez {partner} li hember Case Managementê azad dikim. Ev tenê ji bo dane û armanca li ser vê pelê derbasdar e.',
    purposeHeading: 'Ji bo çi?',
    purposeText: 'Dane tenê ji bo vê armancê têne guhertin: {purpose}',
    dataHeading: 'Kîjan dane?',
    dataText: 'Tenê ev dane dikarin bêne guhertin: {dataKinds}',
    periodHeading: 'Heta kengê?',
    periodText: 'Ev destûr ji {validFrom} heta {validUntil} derbasdar e.',
    periodOpenText: 'Ev destûr ji {validFrom} derbasdar e, heta ku hûn wê paşve bikişînin an Case Management bi dawî bibe.',
    revocationText:
      'Hûn dikarin vê destûrê her dem paşve bikişînin, bi tevahî an tenê ji bo hin daneyan, bi devkî an bi nivîskî, bê tu zirar. Paşvekişandin ji bo pêşerojê derbasdar e.',
    voluntaryText: 'Ev destûr bi dilxwazî ye. Bê wê jî em bi we re berdewam dikin, tenê bê danûstandina bi vê saziyê re.',
    agreeText: 'Ez razî me.',
    kindAnlass: 'Sedema şandinê',
    kindPersonalien: 'Zayend û welatîbûn',
    kindKontakt: 'Navnîşan û agahiyên têkiliyê',
    kindUnterbringung: 'Bicihkirin (cihê mayînê)',
    kindAufenthalt: 'Rewşa mayînê (îqamet)',
    kindSprache: 'Ziman û wergerandin',
    kindLebenslage: 'Rewşa jiyanê ji nirxandinê, bêyî tenduristiyê',
    kindGesundheit: 'Tenduristî',
    kindZiele: 'Armanc û gavên lihevkirî',
  },
  appointment: {
    title: 'Randevûya we',
    appointment: 'Randevû',
    date: 'Dîrok',
    time: 'Saet',
    timeValue: '{time}',
    place: 'Cih',
    withWhom: 'Li ba kê',
    bring: 'Ji kerema xwe bi xwe re bînin',
    cannotComeHeading: 'Hûn nikarin werin?',
    cannotComeText: 'Ji kerema xwe berê telefonî me bikin: {phone}. Wê demê hûn randevûyeke nû distînin.',
    interpreterText: 'Hûn hewceyî wergêr in? Ji kerema xwe berî randevûyê ji me re bibêjin. Hûn dikarin kesekî ku hûn pê bawer dikin jî bi xwe re bînin.',
  },
};
