/**
 * Arabic (Modern Standard Arabic, right to left). Noch nicht fachlich geprüft until a person
 * confirms it in Einstellungen. Names of German offices and the supervisory authority's address
 * stay in Latin script: the client needs them as they are written in Germany.
 * `{retentionYears}` is followed by سنوات (right for 3–10, the default 10); a reviewer may prefer
 * another wording if the unit sets more than 10 years.
 */
import type { DocumentTextSet } from './de';

export const ar: DocumentTextSet = {
  common: {
    name: 'الاسم',
    caseNumber: 'رقم الملف',
    date: 'التاريخ',
    placeDate: 'المكان، التاريخ',
    signatureClient: 'توقيع العميل / العميلة',
    signatureCaseManagement: 'توقيع إدارة الحالة',
    page: 'الصفحة {page} من {pages}',
    translationNotReviewed: 'لم يراجع مختص هذه الترجمة بعد. في حالة الشك يسري النص الألماني.',
  },
  agreement: {
    title: 'اتفاقية الأهداف',
    intro1: 'هذا ما اتفقنا عليه معًا.',
    intro2: 'هنا تجد أهدافك.',
    intro3: 'عند كل هدف مكتوب: ما الذي يجب فعله؟ من يقوم به؟ حتى متى؟',
    intro4: 'نتحدث بانتظام عن أهدافك.',
    intro5: 'يمكن أن تتغير الأهداف. عندها نكتب اتفاقية جديدة.',
    intro6: 'ستحصل على نسخة.',
    for: 'من أجل',
    version: 'النسخة {version}',
    goal: 'الهدف {number}',
    lifeArea: 'مجال الحياة',
    noSteps: 'سنتحدث عن الخطوات لاحقًا.',
    who: 'من؟',
    byWhen: 'حتى متى؟',
    noFixedDate: 'لا يوجد تاريخ محدد',
    doneOn: 'أُنجز في {date}',
    responsibleClient: 'أنت',
    responsibleCaseManagement: 'إدارة الحالة',
    responsiblePartner: 'شريك في الشبكة',
    signatures: 'التوقيعات',
    signatureSentence: 'بتوقيعنا نقول: تحدثنا عن هذا معًا. نحن موافقون.',
    kindToSign: 'نسخة للتوقيع',
    kindSigned: 'النسخة الموقعة',
    kindSuperseded: 'غير موقعة: توجد نسخة أحدث.',
    signedOn: 'وُقّعت في {date}.',
    paperIsOriginal: 'النسخة الورقية الموقعة هي الأصل.',
    notSigned: 'لم تُوقَّع هذه النسخة. توجد نسخة أحدث من اتفاقية الأهداف.',
  },
  consent: {
    title: 'الموافقة على إدارة الحالة وعلى معالجة بياناتك',
    intro:
      'تريد المشاركة في إدارة الحالة. لهذا نحتاج إلى بيانات عنك. هنا مكتوب ما يحدث لبياناتك وما هي حقوقك (المادة 13 من اللائحة العامة لحماية البيانات، DSGVO).',
    controllerHeading: 'من المسؤول؟',
    controllerText: 'المسؤول عن بياناتك هو: {controller}، {controllerAddress}.',
    dpoHeading: 'مسؤول حماية البيانات',
    dpoText: 'إذا كانت لديك أسئلة حول حماية البيانات يمكنك التواصل مع: {dataProtectionOfficer}.',
    purposeHeading: 'لماذا نستخدم بياناتك؟',
    purposeText:
      'من أجل إدارة الحالة في إطار الإدارة البلدية للاندماج في ولاية شمال الراين - وستفاليا (KIM، المكوّن 2): نوضح معك وضعك، ونتفق على أهداف، ونخطط الخطوات ونرافقك فيها. في التقارير للجهات الممولة نعدّ الحالات فقط، بدون أسماء.',
    legalBasisHeading: 'على أي أساس قانوني؟',
    legalBasisText:
      'على أساس موافقتك (المادة 6 الفقرة 1 البند a من اللائحة DSGVO). وللبيانات الخاصة، مثل البيانات عن صحتك، على أساس موافقتك الصريحة (المادة 9 الفقرة 2 البند a من اللائحة DSGVO).',
    dataHeading: 'أي بيانات؟',
    dataText:
      'اسمك، تاريخ ميلادك، بيانات التواصل معك، لغاتك، معلومات عن الإقامة والعائلة؛ وضعك في مجالات الحياة (مثل السكن، العمل، التعليم، الصحة)؛ أهدافك وخطواتك ومواعيدك؛ ملاحظاتنا عن سير العمل.',
    recipientsHeading: 'من يحصل على بياناتك؟',
    recipientsText:
      'لا أحد خارج إدارة الحالة، إلا إذا سمحت أنت بذلك. لكل جهة أخرى (مثل Jobcenter أو دائرة الأجانب Ausländerbehörde) توقّع إعفاءً منفصلًا من واجب السرية. عندها ننقل فقط البيانات المكتوبة فيه.',
    retentionHeading: 'كم من الوقت نحتفظ ببياناتك؟',
    retentionText:
      'طالما نرافقك. بعد انتهاء إدارة الحالة نحتفظ بالبيانات لمدة {retentionYears} سنوات أخرى، تُحسب من نهاية السنة التي أُغلق فيها ملفك. بعد ذلك نحذفها. لمدة أطول فقط إذا كان ذلك ضروريًا لحق قانوني؛ ونسجل ذلك مع السبب.',
    rightsHeading: 'حقوقك',
    rightsIntro: 'لك الحق في:',
    rightAccess: 'معرفة البيانات التي لدينا عنك (حق الاطلاع، المادة 15 من اللائحة DSGVO)،',
    rightRectification: 'تصحيح البيانات الخاطئة (المادة 16 من اللائحة DSGVO)،',
    rightErasure: 'حذف بياناتك (المادة 17 من اللائحة DSGVO)،',
    rightRestriction: 'تقييد المعالجة (المادة 18 من اللائحة DSGVO)،',
    rightPortability: 'الحصول على بياناتك بصيغة شائعة (المادة 20 من اللائحة DSGVO)،',
    rightObjection: 'الاعتراض على المعالجة (المادة 21 من اللائحة DSGVO).',
    withdrawalHeading: 'سحب الموافقة',
    withdrawalText:
      'يمكنك سحب موافقتك في أي وقت، شفهيًا أو كتابيًا، دون أي ضرر. يسري السحب على المستقبل: ما حدث قبله يبقى قانونيًا (المادة 7 الفقرة 3 من اللائحة DSGVO).',
    complaintHeading: 'الشكوى',
    complaintText:
      'يمكنك تقديم شكوى إلى السلطة الرقابية: Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW), Kavalleriestraße 2–4, 40213 Düsseldorf, www.ldi.nrw.de.',
    voluntaryHeading: 'طوعية',
    voluntaryText: 'موافقتك طوعية. بدون موافقة لا يمكننا مرافقتك في إدارة الحالة؛ لكنك تحصل رغم ذلك على المساعدات الأخرى وعلى الاستشارة المفتوحة.',
    declarationHeading: 'موافقتي',
    declarationText:
      'حصلت على هذه المعلومات وفهمتها. أوافق على أن يعالج {controller} بياناتي كما هو موصوف من أجل إدارة الحالة، بما في ذلك البيانات عن صحتي بالقدر الضروري لذلك.',
  },
  release: {
    title: 'الإعفاء من واجب السرية',
    subtitle: 'إذن بتبادل البيانات مع جهة أخرى',
    intro: 'لا يجوز لإدارة الحالة أن تخبر أحدًا بأي شيء عنك إلا إذا سمحت بذلك. بهذا الإقرار تسمح بالتبادل مع جهة واحدة. أنت تقرر أي بيانات.',
    partnerLabel: 'الجهة',
    partnerText: '{partner}، {partnerOrganisation}',
    declarationText:
      'أُعفي العاملين في إدارة الحالة لدى {controller} من واجب السرية تجاه {partner}. وأُعفي كذلك {partner} من واجب السرية تجاه إدارة الحالة. يسري هذا فقط على البيانات والغرض المذكورين في هذه الورقة.',
    purposeHeading: 'لأي غرض؟',
    purposeText: 'تُتبادل البيانات لهذا الغرض فقط: {purpose}',
    dataHeading: 'أي بيانات؟',
    dataText: 'يجوز تبادل هذه البيانات فقط: {dataKinds}',
    periodHeading: 'لأي مدة؟',
    periodText: 'يسري هذا الإذن من {validFrom} حتى {validUntil}.',
    periodOpenText: 'يسري هذا الإذن من {validFrom} إلى أن تسحبه أو تنتهي إدارة الحالة.',
    revocationText: 'يمكنك سحب هذا الإذن في أي وقت، كليًا أو لبعض البيانات فقط، شفهيًا أو كتابيًا، دون أي ضرر. يسري السحب على المستقبل.',
    voluntaryText: 'هذا الإذن طوعي. بدونه نواصل مرافقتك، لكن دون تبادل مع هذه الجهة.',
    agreeText: 'أنا موافق / موافقة.',
    kindAnlass: 'سبب الإحالة',
    kindPersonalien: 'الجنس والجنسية',
    kindKontakt: 'العنوان وبيانات الاتصال',
    kindUnterbringung: 'السكن',
    kindAufenthalt: 'وضع الإقامة',
    kindSprache: 'اللغات والترجمة الشفهية',
    kindLebenslage: 'الوضع المعيشي من التقييم، دون الصحة',
    kindGesundheit: 'الصحة',
    kindZiele: 'الأهداف والخطوات المتفق عليها',
  },
  appointment: {
    title: 'موعدك',
    appointment: 'الموعد',
    date: 'التاريخ',
    time: 'الساعة',
    timeValue: '{time}',
    place: 'المكان',
    withWhom: 'عند من',
    bring: 'يرجى إحضار',
    cannotComeHeading: 'لا تستطيع الحضور؟',
    cannotComeText: 'يرجى الاتصال بنا مسبقًا: {phone}. عندها تحصل على موعد جديد.',
    interpreterText: 'هل تحتاج إلى مترجم أو مترجمة؟ يرجى إخبارنا قبل الموعد. يمكنك أيضًا إحضار شخص تثق به.',
  },
};
