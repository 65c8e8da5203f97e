/**
 * Persian, one text for Farsi and Dari (Perso-Arabic script, right to left). Noch nicht fachlich
 * geprüft until a person confirms it in Einstellungen. Written in a plain standard that Dari
 * readers understand; where Dari usually says it differently, the comment names the Dari word:
 * - «نوبت / قرار ملاقات» (appointment): Dari usually «وقت ملاقات».
 * - «تلفن» (telephone): Dari «تیلفون».
 * - «اداره اتباع خارجی» (immigration office): understood in both; Dari also «اداره مهاجرت».
 * German office names and the supervisory authority's address stay in Latin script.
 */
import type { DocumentTextSet } from './de';

export const fa: DocumentTextSet = {
  common: {
    name: 'نام',
    caseNumber: 'شماره پرونده',
    date: 'تاریخ',
    placeDate: 'محل، تاریخ',
    signatureClient: 'امضای مراجع',
    signatureCaseManagement: 'امضای مدیریت پرونده',
    page: 'صفحه {page} از {pages}',
    translationNotReviewed: 'این ترجمه هنوز توسط یک متخصص بررسی نشده است. در صورت تردید، متن آلمانی معتبر است.',
  },
  agreement: {
    title: 'توافق‌نامه اهداف',
    intro1: 'این را با هم توافق کردیم.',
    intro2: 'اینجا اهداف شما نوشته شده است.',
    intro3: 'کنار هر هدف نوشته شده: چه کاری باید انجام شود؟ چه کسی آن را انجام می‌دهد؟ تا چه زمانی؟',
    intro4: 'ما به طور منظم درباره اهداف شما صحبت می‌کنیم.',
    intro5: 'اهداف می‌توانند تغییر کنند. آن وقت یک توافق‌نامه جدید می‌نویسیم.',
    intro6: 'شما یک نسخه دریافت می‌کنید.',
    for: 'برای',
    version: 'نسخه {version}',
    goal: 'هدف {number}',
    lifeArea: 'حوزه زندگی',
    noSteps: 'درباره قدم‌ها بعدًا صحبت می‌کنیم.',
    who: 'چه کسی؟',
    byWhen: 'تا چه زمانی؟',
    noFixedDate: 'بدون تاریخ مشخص',
    doneOn: 'انجام شد در {date}',
    responsibleClient: 'شما',
    responsibleCaseManagement: 'مدیریت پرونده',
    responsiblePartner: 'شریک شبکه',
    signatures: 'امضاها',
    signatureSentence: 'با امضای خود می‌گوییم: این را با هم صحبت کردیم. ما موافق هستیم.',
    kindToSign: 'نسخه برای امضا',
    kindSigned: 'نسخه امضاشده',
    kindSuperseded: 'امضا نشده: نسخه جدیدتری وجود دارد.',
    signedOn: 'امضا شده در {date}.',
    paperIsOriginal: 'نسخه امضاشده روی کاغذ، نسخه اصلی است.',
    notSigned: 'این نسخه امضا نشده است. نسخه جدیدتری از توافق‌نامه اهداف وجود دارد.',
  },
  consent: {
    title: 'رضایت به مدیریت پرونده و پردازش اطلاعات شما',
    intro:
      'شما می‌خواهید در مدیریت پرونده شرکت کنید. برای این کار به اطلاعاتی درباره شما نیاز داریم. اینجا نوشته شده که با اطلاعات شما چه می‌شود و چه حقوقی دارید (ماده 13 مقررات عمومی حفاظت از داده‌ها، DSGVO).',
    controllerHeading: 'چه کسی مسئول است؟',
    controllerText: 'مسئول اطلاعات شما: {controller}، {controllerAddress}.',
    dpoHeading: 'مسئول حفاظت از داده‌ها',
    dpoText: 'اگر درباره حفاظت از داده‌ها سؤالی دارید، می‌توانید تماس بگیرید با: {dataProtectionOfficer}.',
    purposeHeading: 'اطلاعات شما را برای چه استفاده می‌کنیم؟',
    purposeText:
      'برای مدیریت پرونده در چارچوب مدیریت شهری ادغام ایالت نوردراین-وستفالن (KIM، بخش 2): با شما وضعیتتان را روشن می‌کنیم، درباره اهداف توافق می‌کنیم، قدم‌ها را برنامه‌ریزی می‌کنیم و شما را همراهی می‌کنیم. در گزارش‌ها برای تأمین‌کنندگان مالی فقط پرونده‌ها را می‌شماریم، بدون نام.',
    legalBasisHeading: 'بر چه مبنای قانونی؟',
    legalBasisText:
      'بر اساس رضایت شما (ماده 6 بند 1 جزء a مقررات DSGVO). برای اطلاعات خاص، مثلاً درباره سلامت شما، بر اساس رضایت صریح شما (ماده 9 بند 2 جزء a مقررات DSGVO).',
    dataHeading: 'کدام اطلاعات؟',
    dataText:
      'نام، تاریخ تولد، اطلاعات تماس، زبان‌ها، اطلاعات درباره اقامت و خانواده؛ وضعیت شما در حوزه‌های زندگی (مثلاً مسکن، کار، آموزش، سلامت)؛ اهداف، قدم‌ها و قرارهای ملاقات شما؛ یادداشت‌های ما درباره روند کار.',
    recipientsHeading: 'چه کسی اطلاعات شما را دریافت می‌کند؟',
    recipientsText:
      'هیچ کس بیرون از مدیریت پرونده، مگر اینکه شما اجازه بدهید. برای هر اداره دیگر (مثلاً Jobcenter یا اداره اتباع خارجی Ausländerbehörde) یک برگه جداگانه برای رفع تعهد رازداری امضا می‌کنید. آن وقت فقط اطلاعاتی را که در آن نوشته شده منتقل می‌کنیم.',
    retentionHeading: 'اطلاعات شما را چه مدت نگه می‌داریم؟',
    retentionText:
      'تا زمانی که شما را همراهی می‌کنیم. پس از پایان مدیریت پرونده، اطلاعات را {retentionYears} سال دیگر نگه می‌داریم، از پایان سالی که پرونده شما بسته شد. سپس آن‌ها را پاک می‌کنیم. مدت طولانی‌تر فقط اگر برای یک حق قانونی لازم باشد؛ این را با دلیل ثبت می‌کنیم.',
    rightsHeading: 'حقوق شما',
    rightsIntro: 'شما حق دارید:',
    rightAccess: 'بدانید چه اطلاعاتی از شما داریم (حق دسترسی، ماده 15 مقررات DSGVO)،',
    rightRectification: 'اطلاعات نادرست را اصلاح کنید (ماده 16 مقررات DSGVO)،',
    rightErasure: 'اطلاعات خود را پاک کنید (ماده 17 مقررات DSGVO)،',
    rightRestriction: 'پردازش را محدود کنید (ماده 18 مقررات DSGVO)،',
    rightPortability: 'اطلاعات خود را در یک قالب رایج دریافت کنید (ماده 20 مقررات DSGVO)،',
    rightObjection: 'به پردازش اعتراض کنید (ماده 21 مقررات DSGVO).',
    withdrawalHeading: 'پس گرفتن رضایت',
    withdrawalText:
      'شما می‌توانید هر زمان رضایت خود را پس بگیرید، شفاهی یا کتبی، بدون هیچ ضرری. پس گرفتن رضایت برای آینده معتبر است: آنچه تا آن زمان انجام شده قانونی باقی می‌ماند (ماده 7 بند 3 مقررات DSGVO).',
    complaintHeading: 'شکایت',
    complaintText:
      'شما می‌توانید به مرجع نظارتی شکایت کنید: Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW), Kavalleriestraße 2–4, 40213 Düsseldorf, www.ldi.nrw.de.',
    voluntaryHeading: 'داوطلبانه',
    voluntaryText: 'رضایت شما داوطلبانه است. بدون رضایت نمی‌توانیم شما را در مدیریت پرونده همراهی کنیم؛ کمک‌های دیگر و مشاوره باز را با این حال دریافت می‌کنید.',
    declarationHeading: 'رضایت من',
    declarationText:
      'این اطلاعات را دریافت کرده‌ام و فهمیده‌ام. موافقم که {controller} اطلاعات من را همان‌طور که توضیح داده شد برای مدیریت پرونده پردازش کند، از جمله اطلاعات درباره سلامت من تا جایی که لازم است.',
  },
  release: {
    title: 'رفع تعهد رازداری',
    subtitle: 'اجازه تبادل اطلاعات با یک اداره دیگر',
    intro:
      'مدیریت پرونده بدون اجازه شما نمی‌تواند چیزی درباره شما به کسی بگوید. با این اظهارنامه، تبادل با یک اداره را اجازه می‌دهید. شما تعیین می‌کنید کدام اطلاعات.',
    partnerLabel: 'اداره',
    partnerText: '{partner}، {partnerOrganisation}',
    declarationText:
      'من کارکنان مدیریت پرونده {controller} را در برابر {partner} از تعهد رازداری معاف می‌کنم. همچنین {partner} را در برابر مدیریت پرونده معاف می‌کنم. این فقط برای اطلاعات و هدفی است که در این برگه آمده است.',
    purposeHeading: 'برای چه؟',
    purposeText: 'اطلاعات فقط برای این هدف تبادل می‌شود: {purpose}',
    dataHeading: 'کدام اطلاعات؟',
    dataText: 'فقط این اطلاعات را می‌توان تبادل کرد: {dataKinds}',
    periodHeading: 'تا چه مدت؟',
    periodText: 'این اجازه از {validFrom} تا {validUntil} معتبر است.',
    periodOpenText: 'این اجازه از {validFrom} معتبر است، تا زمانی که آن را پس بگیرید یا مدیریت پرونده پایان یابد.',
    revocationText:
      'شما می‌توانید هر زمان این اجازه را پس بگیرید، به طور کامل یا فقط برای برخی اطلاعات، شفاهی یا کتبی، بدون هیچ ضرری. پس گرفتن برای آینده معتبر است.',
    voluntaryText: 'این اجازه داوطلبانه است. بدون آن هم شما را همراهی می‌کنیم، فقط بدون تبادل با این اداره.',
    agreeText: 'موافقم.',
    kindAnlass: 'دلیل ارجاع',
    kindPersonalien: 'جنسیت و تابعیت',
    kindKontakt: 'نشانی و اطلاعات تماس',
    kindUnterbringung: 'محل اسکان',
    kindAufenthalt: 'وضعیت اقامت',
    kindSprache: 'زبان‌ها و ترجمه شفاهی',
    kindLebenslage: 'وضعیت زندگی از ارزیابی، بدون سلامت',
    kindGesundheit: 'سلامت',
    kindZiele: 'اهداف و گام‌های توافق‌شده',
  },
  appointment: {
    title: 'نوبت شما',
    appointment: 'نوبت',
    date: 'تاریخ',
    time: 'ساعت',
    timeValue: '{time}',
    place: 'محل',
    withWhom: 'نزد چه کسی',
    bring: 'لطفاً همراه بیاورید',
    cannotComeHeading: 'نمی‌توانید بیایید؟',
    cannotComeText: 'لطفاً از قبل به ما تلفن کنید: {phone}. آن وقت یک نوبت جدید می‌گیرید.',
    interpreterText: 'به مترجم نیاز دارید؟ لطفاً پیش از نوبت به ما بگویید. می‌توانید یک فرد مورد اعتماد را هم همراه بیاورید.',
  },
};
