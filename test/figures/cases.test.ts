// Figures in sentences written the way news reports phrase them (plane crashes, floods,
// earthquakes, bombings, prison breaks, protests, displacement), run through the real
// extractors. Each case names the number as written and what the figure must say.
import { describe, expect, it } from 'vitest';
import type { Measure, Role } from '../../src/figures/types.js';
import { figureAt, figuresOf } from './helpers.js';

interface Case {
  text: string;
  number: string;
  measure: Measure;
  value?: number | null;
  role?: Role;
  party?: string | null;
  /** Canonical id or text of the source; null: the outlet's own statement. */
  source?: string | null;
  via?: string;
  partOf?: boolean;
  period?: 'since' | 'window' | 'partial';
}

const CASES: Case[] = [
  // bombings and attacks
  { text: 'لقي 12 شخصا على الأقل حتفهم وأصيب 30 آخرون في انفجار سيارة مفخخة في سوق شعبي، بحسب ما أفادت مصادر أمنية.', number: '12', measure: 'killed', value: 12, role: 'all', source: 'مصادر أمنية' },
  { text: 'لقي 12 شخصا على الأقل حتفهم وأصيب 30 آخرون في انفجار سيارة مفخخة في سوق شعبي، بحسب ما أفادت مصادر أمنية.', number: '30', measure: 'wounded', value: 30, role: 'all' },
  { text: 'قتل 5 جنود وأصيب 7 آخرون في هجوم على نقطة تفتيش.', number: '5', measure: 'killed', role: 'soldiers', source: null },
  { text: 'قتل 5 جنود وأصيب 7 آخرون في هجوم على نقطة تفتيش.', number: '7', measure: 'wounded', value: 7 },
  { text: 'وخلف الانفجار 35 قتيلا و80 جريحا.', number: '35', measure: 'killed', value: 35, role: 'all' },
  { text: 'وخلف الانفجار 35 قتيلا و80 جريحا.', number: '80', measure: 'wounded', value: 80 },
  { text: 'وأعلن الجيش مقتل 27 عنصرا من تنظيم داعش في عملية عسكرية شرقي البلاد.', number: '27', measure: 'killed', role: 'fighters', party: 'isis' },
  { text: 'قُتل أربعة من عناصر القوات المسلحة المصرية بينهم ضابط في انفجار عبوة بسيناء.', number: 'أربعة', measure: 'killed', value: 4, role: 'soldiers', party: 'army-eg' },
  { text: 'أدى القصف إلى مقتل 9 مدنيين، بينهم 4 نساء، وفق المرصد السوري لحقوق الإنسان.', number: '9', measure: 'killed', role: 'civilians', source: 'sohr' },
  { text: 'أدى القصف إلى مقتل 9 مدنيين، بينهم 4 نساء، وفق المرصد السوري لحقوق الإنسان.', number: '4', measure: 'killed', role: 'women', partOf: true },
  { text: 'قالت وزارة الصحة الفلسطينية إن عدد الشهداء ارتفع إلى 43 شهيدا بينهم سبعة أطفال.', number: '43', measure: 'killed', value: 43, role: 'all' },
  { text: 'قالت وزارة الصحة الفلسطينية إن عدد الشهداء ارتفع إلى 43 شهيدا بينهم سبعة أطفال.', number: 'سبعة', measure: 'killed', value: 7, role: 'children', partOf: true },
  { text: 'لقي 3 صحفيين مصرعهم في قصف استهدف مقر قناة تلفزيونية.', number: '3', measure: 'killed', role: 'journalists' },
  { text: 'وقُتل 21 سائحاً أجنبياً وشرطي في الهجوم على المتحف.', number: '21', measure: 'killed', role: 'other' },
  { text: 'وأفادت مصادر طبية بسقوط 14 قتيلا في صفوف المحتجين.', number: '14', measure: 'killed', role: 'protesters', source: 'مصادر طبية' },
  { text: 'ونعت نقابة الأطباء 3 مسعفين قتلوا أثناء عملهم.', number: '3', measure: 'killed', role: 'medics', source: 'نقابة الأطباء' },
  { text: 'ونقلت الوكالة عن مصدر في الشرطة أن 4 من رجال الأمن أصيبوا بجروح.', number: '4', measure: 'wounded', role: 'security', source: 'مصدر', via: 'الوكالة' },
  { text: 'وقال مسؤول محلي لوكالة فرانس برس إن 18 شخصا على الأقل لقوا مصرعهم في انهيار المبنى.', number: '18', measure: 'killed', value: 18, source: 'مسؤول محلي', via: 'afp' },
  { text: 'وأصيب 17 شخصا بينهم 5 أطفال في الحريق.', number: '17', measure: 'wounded', role: 'all' },
  { text: 'وأصيب 17 شخصا بينهم 5 أطفال في الحريق.', number: '5', measure: 'wounded', role: 'children', partOf: true },
  { text: 'وتوفي 4 أشخاص بينهم طفلان اختناقا في حريق بمنزلهم.', number: 'طفلان', measure: 'killed', value: 2, role: 'children', partOf: true },
  { text: 'وبلغ عدد المصابين 210 عناصر من قوات الشرطة.', number: '210', measure: 'wounded', role: 'police' },
  // floods, earthquakes, epidemics
  { text: 'وارتفعت حصيلة ضحايا الفيضانات في باكستان إلى 22 قتيلا، وفقا لهيئة إدارة الكوارث.', number: '22', measure: 'killed', value: 22, source: 'لهيئة إدارة الكوارث' },
  { text: 'أسفر الزلزال الذي ضرب جنوب تركيا عن مقتل أكثر من 1500 شخص وإصابة الآلاف.', number: '1500', measure: 'killed', value: 1500, role: 'all' },
  { text: 'أسفر الزلزال الذي ضرب جنوب تركيا عن مقتل أكثر من 1500 شخص وإصابة الآلاف.', number: 'الآلاف', measure: 'wounded', value: null },
  { text: 'وتسببت السيول في وفاة 6 أشخاص وفقدان 4 آخرين.', number: '6', measure: 'killed', value: 6 },
  { text: 'وتسببت السيول في وفاة 6 أشخاص وفقدان 4 آخرين.', number: '4', measure: 'missing', value: 4 },
  { text: 'وتمكن عمال الإنقاذ من انتشال 40 ناجيا من تحت الأنقاض.', number: '40', measure: 'survivors', value: 40 },
  { text: 'وقال المتحدث باسم الدفاع المدني إن فرق الإنقاذ أنقذت 60 شخصا حاصرتهم المياه.', number: '60', measure: 'rescued', value: 60 },
  { text: 'أعلنت منظمة الصحة العالمية تسجيل 120 وفاة بالكوليرا خلال 24 ساعة.', number: '120', measure: 'killed', value: 120, source: 'who', period: 'partial' },
  { text: 'وتم إجلاء نحو 5 آلاف من السكان من القرى المهددة بالحرائق.', number: '5 آلاف', measure: 'evacuated', value: 5000, role: 'civilians' },
  { text: 'وسجلت وزارة الصحة 4 حالات وفاة و13 حالة إصابة بالكوليرا.', number: '4', measure: 'killed', value: 4 },
  { text: 'وسجلت وزارة الصحة 4 حالات وفاة و13 حالة إصابة بالكوليرا.', number: '13', measure: 'wounded', value: 13 },
  { text: 'وأنقذت فرق حرس الحدود عدد 13 حالة غرق خلال أيام العيد.', number: '13', measure: 'rescued', value: 13 },
  // plane crashes and shipwrecks
  { text: 'أعلنت السلطات تحطم طائرة ركاب كانت تقل 150 راكبا.', number: '150', measure: 'aboard', value: 150, role: 'passengers' },
  { text: 'وأكدت السلطات نجاة 3 ركاب فقط من الحادث، فيما لا يزال 20 شخصا في عداد المفقودين.', number: '3', measure: 'survivors', role: 'passengers', source: 'السلطات' },
  { text: 'وأكدت السلطات نجاة 3 ركاب فقط من الحادث، فيما لا يزال 20 شخصا في عداد المفقودين.', number: '20', measure: 'missing', value: 20 },
  { text: 'وكان على متن العبارة 250 مسافرا عند غرقها.', number: '250', measure: 'aboard', role: 'passengers', source: null },
  // prison breaks, arrests, releases, hostages
  { text: 'فر 30 سجينا من سجن مركزي في شمال البلاد بعد هجوم مسلح.', number: '30', measure: 'escaped', role: 'prisoners' },
  { text: 'وتمكنت قوات الأمن من القبض على 7 من الفارين.', number: '7', measure: 'arrested', value: 7 },
  { text: 'وأفرجت السلطات عن 200 معتقل بموجب عفو رئاسي.', number: '200', measure: 'released', role: 'prisoners' },
  { text: 'اعتقلت الشرطة 45 متظاهرا خلال احتجاجات وسط العاصمة.', number: '45', measure: 'arrested', role: 'protesters' },
  { text: 'وأوقفت قوات الأمن 12 مشتبها به في تنفيذ الهجوم.', number: '12', measure: 'arrested', value: 12 },
  { text: 'أعلنت وزارة الداخلية اعتقال 431 شخصا بينهم أجانب بتهمة الانتماء إلى خلايا إرهابية.', number: '431', measure: 'arrested', source: 'وزارة الداخلية' },
  { text: 'وذكرت وكالة رويترز أن مسلحين اختطفوا 15 عاملا أجنبيا.', number: '15', measure: 'hostage', role: 'workers', source: 'reuters' },
  { text: 'وتحتجز الجماعة 30 رهينة منذ الشهر الماضي.', number: '30', measure: 'hostage', value: 30 },
  { text: 'ويضم السجن نحو 3500 سجين.', number: '3500', measure: 'detained', value: 3500, role: 'prisoners' },
  // displacement
  { text: 'أدت المعارك إلى نزوح أكثر من 10 آلاف عائلة خلال الأسبوع الماضي، حسب الأمم المتحدة.', number: '10 آلاف', measure: 'displaced', role: 'families', source: 'un' },
  { text: 'ويضم المخيم نحو 60 ألف نازح.', number: '60 ألف', measure: 'displaced', value: 60000 },
  { text: 'وقالت الأمم المتحدة: "هناك أكثر من مليون نازح في المنطقة".', number: 'مليون', measure: 'displaced', value: 1000000, source: 'un' },
  { text: 'وارتفع عدد اللاجئين الفارين من القتال إلى 25 ألفا.', number: '25', measure: 'displaced', value: 25000 },
  // air strikes
  { text: 'شن طيران التحالف 12 غارة جوية على مواقع المتمردين.', number: '12', measure: 'strikes', value: 12 },
  // attribution: relays, quotations, participles
  { text: 'وذكرت وكالة رويترز نقلا عن مصادر طبية أن 9 أشخاص قتلوا في القصف.', number: '9', measure: 'killed', source: 'مصادر طبية', via: 'reuters' },
  { text: 'وقال المتحدث باسم الشرطة: "قتل 5 أشخاص في الانفجار. وأصيب 12 آخرون بجروح متفاوتة".', number: '12', measure: 'wounded', source: 'المتحدث باسم الشرطة' },
  { text: 'وأعلنت وزارة الصحة أن حصيلة ضحايا الزلزال ارتفعت إلى 320 قتيلا، مضيفة أن عدد الجرحى بلغ 1500.', number: '1500', measure: 'wounded', source: 'وزارة الصحة' },
  { text: 'قتل 7 مدنيين في غارة على بلدة سراقب، حسبما أفاد الدفاع المدني السوري.', number: '7', measure: 'killed', role: 'civilians', source: 'white-helmets' },
  // attribution across sentences
  { text: 'وأسفرت المعارك عن سقوط 40 قتيلا خلال ثلاثة أيام. وقال المرصد السوري لحقوق الإنسان إن المعارك ما زالت مستمرة.', number: '40', measure: 'killed', source: 'sohr', period: 'window' },
  { text: 'وقال المرصد السوري لحقوق الإنسان إن الاشتباكات مستمرة. وأضاف أن 11 مقاتلا قتلوا منذ بدء الهجوم.', number: '11', measure: 'killed', role: 'fighters', source: 'sohr', period: 'since' },
  // more events and phrasings: road accidents, shipwrecks, fires, epidemics, wars
  { text: 'لقي 7 أشخاص مصرعهم وأصيب 12 آخرون في تصادم حافلة بشاحنة على الطريق الدولي.', number: '7', measure: 'killed', value: 7 },
  { text: 'لقي 7 أشخاص مصرعهم وأصيب 12 آخرون في تصادم حافلة بشاحنة على الطريق الدولي.', number: '12', measure: 'wounded', value: 12 },
  { text: 'قتل 17 شخصا على الأقل وأصيب العشرات في هجوم انتحاري استهدف مسجدا.', number: '17', measure: 'killed', value: 17 },
  { text: 'قتل 17 شخصا على الأقل وأصيب العشرات في هجوم انتحاري استهدف مسجدا.', number: 'العشرات', measure: 'wounded', value: null },
  { text: 'لقي 5 أشخاص من عائلة واحدة مصرعهم في حريق شب في منزلهم.', number: '5', measure: 'killed', value: 5 },
  { text: 'وقال ضابط في الشرطة إن ستة من عناصر الحراسة قتلوا وأصيب اثنان في انفجار لغم.', number: 'ستة', measure: 'killed', value: 6, role: 'fighters' },
  { text: 'وقال ضابط في الشرطة إن ستة من عناصر الحراسة قتلوا وأصيب اثنان في انفجار لغم.', number: 'اثنان', measure: 'wounded', value: 2 },
  { text: 'وذكر مسؤول محلي أن 21 شخصا قتلوا وأصيب 40 آخرون عندما فجر انتحاري نفسه وسط تجمع.', number: '40', measure: 'wounded', value: 40, source: 'مسؤول محلي' },
  { text: 'وأصيب 9 عندما انهار سقف قاعة الأفراح.', number: '9', measure: 'wounded', value: 9 },
  { text: 'وأدت الانفجارات إلى مقتل ما لا يقل عن 14 شخصا وجرح 63 خارج السوق.', number: '14', measure: 'killed', value: 14 },
  { text: 'وأدت الانفجارات إلى مقتل ما لا يقل عن 14 شخصا وجرح 63 خارج السوق.', number: '63', measure: 'wounded', value: 63 },
  { text: 'وخلفت الغارات مقتل 20 شخصا وإصابة 95 يوم الجمعة في المدينة.', number: '95', measure: 'wounded', value: 95 },
  { text: 'وانتشلت فرق الدفاع المدني صباح اليوم تسع جثث من تحت الركام.', number: 'تسع', measure: 'killed', value: 9 },
  { text: 'وارتفعت حصيلة ضحايا حادث انقلاب العبارة في البحيرة شمال البلاد إلى 31 شخصا.', number: '31', measure: 'killed', value: 31 },
  { text: 'وقضى 35 مهاجرا غرقا بعد انقلاب مركبهم قبالة السواحل.', number: '35', measure: 'killed', value: 35, role: 'other' },
  { text: 'ونجا 4 صيادين من الغرق فيما فقد 6 آخرون بعد هبوب العاصفة.', number: '4', measure: 'survivors', value: 4, role: 'crew' },
  { text: 'ونجا 4 صيادين من الغرق فيما فقد 6 آخرون بعد هبوب العاصفة.', number: '6', measure: 'missing', value: 6 },
  { text: 'وأصيب 5 من رجال الإطفاء أثناء محاولتهم السيطرة على النيران.', number: '5', measure: 'wounded', value: 5, role: 'medics' },
  { text: 'وأصيب 26 طالبا بحالات اختناق إثر تسرب غاز في مختبر المدرسة.', number: '26', measure: 'wounded', value: 26, role: 'students' },
  { text: 'واعتقلت قوات الأمن 80 طالبا خلال تظاهرة داخل الحرم الجامعي.', number: '80', measure: 'arrested', value: 80, role: 'students' },
  { text: 'وتوفي 3 صيادين بعد أن جرفت الأمواج قاربهم.', number: '3', measure: 'killed', value: 3, role: 'crew' },
  { text: 'وسجلت الوزارة الشهر الماضي 6 وفيات وأكثر من 70 إصابة بالحمى.', number: '70', measure: 'wounded', value: 70 },
  { text: 'وأعلنت السلطات الصحية تسجيل 15 وفاة جديدة بالوباء.', number: '15', measure: 'killed', value: 15, source: 'السلطات الصحية' },
  { text: 'وتسببت السيول في تشريد ألفي أسرة في القرى المنخفضة.', number: 'ألفي', measure: 'displaced', value: 2000, role: 'families' },
  { text: 'ونزحت قرابة ألفي أسرة من القرى المحاذية للنهر بعد ارتفاع منسوب المياه.', number: 'قرابة ألفي', measure: 'displaced', value: 2000, role: 'families' },
  { text: 'وقالت السلطات المحلية إن 40 عائلة نزحت من الحي الشرقي خلال الليل.', number: '40', measure: 'displaced', value: 40, role: 'families' },
  { text: 'وقتل 12 من العمال في انهيار منجم للذهب.', number: '12', measure: 'killed', value: 12, role: 'workers' },
  { text: 'وأسفر الحادث عن مصرع 6 ركاب وإصابة 14 آخرين.', number: '6', measure: 'killed', value: 6, role: 'passengers' },
  { text: 'وأسفر الحادث عن مصرع 6 ركاب وإصابة 14 آخرين.', number: '14', measure: 'wounded', value: 14 },
  { text: 'وقتلت الغارة 11 دواعش بينهم قيادي بارز.', number: '11', measure: 'killed', value: 11, role: 'fighters' },
  { text: 'وأكد الجيش مقتل 9 إرهابيين وإلقاء القبض على 4 آخرين.', number: '4', measure: 'arrested', value: 4 },
  { text: 'وتم إنقاذ 75 مهاجرا كانوا على متن قارب مطاطي.', number: '75', measure: 'rescued', value: 75, role: 'other' },
  { text: 'وأعلن خفر السواحل فقدان 18 مهاجرا بعد غرق قاربهم.', number: '18', measure: 'missing', value: 18, source: 'خفر السواحل' },
  { text: 'ولقي شابان حتفهما غرقا في سد مائي.', number: 'شابان', measure: 'killed', value: 2 },
  { text: 'وقتل حارس بالرصاص وأصيب اثنان آخران أمام مدخل الفندق.', number: 'اثنان', measure: 'wounded', value: 2 },
  { text: 'لقي ثمانية أشخاص مصرعهم وأصيب عدد آخر من العاملين في انفجار بالمصنع.', number: 'ثمانية', measure: 'killed', value: 8 },
  { text: 'إصابة 22 مجندا في هجوم على حافلة عسكرية.', number: '22', measure: 'wounded', value: 22, role: 'soldiers' },
  { text: 'وقال متحدث عسكري إن اثنين من الجنود أصيبا في تبادل لإطلاق النار.', number: 'اثنين', measure: 'wounded', value: 2 },
  { text: 'وقالت المعارضة إن عدد قتلاه وصل لأكثر من 500 عنصر منذ بدء المعارك.', number: '500', measure: 'killed', value: 500, role: 'fighters' },
  { text: 'وأسفر الانفجار عن مقتل 19 شخصا وإصابة نحو 80 يتلقون العلاج في المستشفيات.', number: '80', measure: 'wounded', value: 80 },
  { text: 'وشنت الشرطة حملة لاعتقال العشرات ممن يشتبه في مشاركتهم في أعمال الشغب.', number: 'العشرات', measure: 'arrested', value: null },
  { text: 'وتبنت الجماعة مقتل حارسين اثنين الخميس عند معبر حدودي.', number: 'اثنين', measure: 'killed', value: 2 },
  { text: 'وأكد المسؤول أن 3 من المفقودين عثر عليهم أحياء بعد يومين من البحث.', number: '3', measure: 'missing', value: 3 },
  { text: 'وأنقذت فرق الإنقاذ 13 غريقا على الشواطئ خلال العطلة.', number: '13', measure: 'rescued', value: 13 },
  { text: 'وارتفع عدد الضحايا إلى 27 غريقا بعد انتشال ثلاث جثث جديدة.', number: '27', measure: 'killed', value: 27 },
  { text: 'وقالت الشرطة إن انتحاريتين قتلتا سبعة أشخاص على الأقل في محطة الحافلات.', number: 'سبعة', measure: 'killed', value: 7 },
  { text: 'وبذلك يرتفع عدد ضحايا الانهيار إلى 6 متوفين.', number: '6', measure: 'killed', value: 6 },
  { text: 'في حين أصيب شرطي محلي واحد بجروح طفيفة.', number: 'واحد', measure: 'wounded', value: 1 },
  { text: 'وأسفر الحادث عن حالة إصابة واحدة نقلت إلى المستشفى.', number: 'واحدة', measure: 'wounded', value: 1 },
  { text: 'وأعلنت الشرطة أن 6 أشخاص لقوا حتفهم وأصيب ما لا يقل عن 20 شخصا في الحادث.', number: '6', measure: 'killed', value: 6 },
  { text: 'وأعلنت الشرطة أن 6 أشخاص لقوا حتفهم وأصيب ما لا يقل عن 20 شخصا في الحادث.', number: '20', measure: 'wounded', value: 20 },
  { text: 'كما سجلت إصابة لحالة واحدة لأحد العاملين في المصنع.', number: 'واحدة', measure: 'wounded', value: 1 },
  // inflected forms: feminine, dual and plural subjects, present-tense reports
  { text: 'وسقط قتيلان في الاشتباك الذي اندلع قرب الحدود.', number: 'قتيلان', measure: 'killed', value: 2 },
  { text: 'ولا يزال شخصان مفقودان بعد السيول التي ضربت القرية.', number: 'شخصان', measure: 'missing', value: 2 },
  { text: 'وأفاد مصدر طبي بأن الهجوم أوقع 3 قتيلات من بين العاملات في المصنع.', number: '3', measure: 'killed', value: 3, source: 'مصدر طبي' },
  { text: 'وأسفر الحادث عن قتيلين وثلاثة جرحى.', number: 'قتيلين', measure: 'killed', value: 2 },
  { text: 'وأسفر الحادث عن قتيلين وثلاثة جرحى.', number: 'ثلاثة', measure: 'wounded', value: 3 },
  { text: 'وأعلن الدفاع المدني أن 5 أشخاص قضوا نحبهم أثناء إخماد الحريق.', number: '5', measure: 'killed', value: 5, source: 'الدفاع المدني' },
  { text: 'وتسقط في المنطقة قذائف تصاب بسببها 8 نساء أسبوعيا، وفق منظمة محلية.', number: '8', measure: 'wounded', value: 8, role: 'women' },
  { text: 'وقالت الشرطة إن 12 شخصا يصابون يوميا في حوادث السير على الطريق السريع.', number: '12', measure: 'wounded', value: 12, source: 'الشرطة' },
  { text: 'ووصلت إلى المستشفى 7 مصابات بحالات اختناق.', number: '7', measure: 'wounded', value: 7 },
  { text: 'ولا تزال 3 نساء مفقودات منذ غرق القارب.', number: '3', measure: 'missing', value: 3, role: 'women' },
  { text: 'وأكدت جماعة حقوقية أن السلطات تعتقل 25 ناشطا منذ بداية الشهر.', number: '25', measure: 'arrested', value: 25 },
  { text: 'وأعلنت الشرطة أن 6 رجال اعتقلوا، وأن شقيقين اعتقلا في مدينة أخرى.', number: 'شقيقين', measure: 'arrested', value: 2 },
  { text: 'وقالت الشرطة إن السجين هرب، فيما يهرب 20 مهاجرا كل شهر من المركز.', number: '20', measure: 'escaped', value: 20 },
  { text: 'وتقول الحكومة إنها تفرج عن 100 سجين بمناسبة العيد.', number: '100', measure: 'released', value: 100, role: 'prisoners' },
  { text: 'وقال شهود إن مسلحين اختطفا 3 مزارعين.', number: '3', measure: 'hostage', value: 3, source: 'شهود' },
  { text: 'وأكدت الأسرة أن 4 مختطفون ما زالوا لدى العصابة.', number: '4', measure: 'hostage', value: 4 },
  { text: 'وتستقبل المدرسة 350 نازحة مع أطفالهن.', number: '350', measure: 'displaced', value: 350 },
  { text: 'وأحصت المفوضية 1200 لاجئون وصلوا إلى الجزيرة خلال أسبوع.', number: '1200', measure: 'displaced', value: 1200 },
  { text: 'وقالت البلدية إن 80 عائلة أجلوا من الحي بعد تصدع المباني.', number: '80', measure: 'evacuated', value: 80, role: 'families' },
  { text: 'وقالت الشرطة إن الحكومة تجلي 2000 مواطن من القرى الحدودية.', number: '2000', measure: 'evacuated', value: 2000, role: 'civilians' },
  { text: 'ونجت 14 امرأة من الغرق بعد انقلاب القارب.', number: '14', measure: 'survivors', value: 14, role: 'women' },
  { text: 'وأوضح البيان أن ناجية واحدة انتشلت من تحت الأنقاض.', number: 'واحدة', measure: 'survivors', value: 1 },
  { text: 'وأضاف المتحدث أن فرق الإنقاذ تنقذ 30 شخصا على الأقل كل يوم من المياه.', number: '30', measure: 'rescued', value: 30 },
  // who says so: moving the injured, a report "of" something, a source after the count
  { text: 'وانقلبت الحافلة على الطريق الساحلي، ونقل ثلاثة مصابين إلى المستشفى.', number: 'ثلاثة', measure: 'wounded', value: 3, source: null },
  { text: 'وتلقت غرفة العمليات بلاغا يفيد بوجود خمس إصابات عند الجسر.', number: 'خمس', measure: 'wounded', value: 5, source: null },
  { text: 'وأصيب نحو 40 متظاهرا خلال تفريق المسيرة، بحسب المعارضة.', number: 'نحو 40', measure: 'wounded', value: 40, source: 'المعارضة' },
  { text: 'وقال ثلاثة شهود إن 9 أشخاص قتلوا في الانفجار.', number: '9', measure: 'killed', value: 9, source: 'ثلاثة شهود' },
  { text: 'وسجلت المستشفيات آلاف الإصابات منذ بدء المواجهات.', number: 'آلاف', measure: 'wounded', source: 'المستشفيات' },
  // running totals told through a relative clause, dates between verb and count, manner of death
  { text: 'وارتفع عدد الذين ماتوا في الانهيار الأرضي يوم الأحد إلى 140 شخصا.', number: '140', measure: 'killed', value: 140 },
  { text: 'ويرتفع بذلك عدد القتلى الذين سقطوا منذ بداية الأزمة إلى 61.', number: '61', measure: 'killed', value: 61 },
  { text: 'وقال المحافظ إن عدد المفقودين في القرية وصل إلى 9 أشخاص.', number: '9', measure: 'missing', value: 9 },
  { text: 'توفي صباح أمس الأول خمسة أشخاص في انهيار مبنى قديم.', number: 'خمسة', measure: 'killed', value: 5 },
  { text: 'وجرفت المياه سيارتهم فتوفي أربعة غرقا.', number: 'أربعة', measure: 'killed', value: 4 },
  { text: 'وطعن المهاجم رجلا وأصاب ثلاثة آخرين قبل أن تعتقله الشرطة.', number: 'ثلاثة', measure: 'wounded', value: 3 },
  { text: 'وشردت الفيضانات نحو 40 ألف شخص في الولاية.', number: 'نحو 40 ألف', measure: 'displaced', value: 40000 },
  { text: 'وحصدت الموجة الحارة أرواح 210 مسنين.', number: '210', measure: 'killed', value: 210 },
  { text: 'وأودت السيول بأرواح 35 شخصا في القرى الجبلية.', number: '35', measure: 'killed', value: 35 },
  { text: 'وأعلنت الشرطة توقيف 150 معلما شاركوا في الاعتصام.', number: '150', measure: 'arrested', value: 150, role: 'other' },
  { text: 'وخلف القصف مقتل 300 سوري خلال أسبوع.', number: '300', measure: 'killed', value: 300 },
  { text: 'وأعلن الدفاع المدني إصابة 18 بحريق في مستودع.', number: '18', measure: 'wounded', value: 18 },
  // a dual names its own people; members of one family are people
  { text: 'وقتلت امرأتان وطفل عندما سقط الجدار.', number: 'امرأتان', measure: 'killed', value: 2, role: 'women' },
  { text: 'ولقي 5 أشخاص من أسرة واحدة مصرعهم في الحادث.', number: '5', measure: 'killed', value: 5, role: 'all' },
  { text: 'وارتفع عدد القتلى المدنيين الذين سقطوا بقصف الجيش منذ 3 آب/أغسطس إلى 88.', number: '88', measure: 'killed', value: 88, role: 'civilians' },
  { text: 'وكانت الشرطة قد اعتقلت في أواخر تموز / يوليو الماضي ستة مشتبهين.', number: 'ستة', measure: 'arrested', value: 6 },
  { text: 'وأوضح ذلك المتحدث باسم الدفاع المدني، مشيرا إلى إصابة 4 عمال في الحريق.', number: '4', measure: 'wounded', value: 4, role: 'workers', source: 'المتحدث باسم الدفاع المدني' },
  // what came in since the last toll, a case word after "عدد", a part named before its cue
  { text: 'وارتفع عدد ضحايا الانهيار إلى 40 قتيلا بعد انتشال 9 جثث من تحت الركام.', number: '9', measure: 'killed', value: 9, period: 'partial' },
  { text: 'وارتفع عدد حالات الوفاة بسبب الحمى في الإقليم إلى 26 شخصا.', number: '26', measure: 'killed', value: 26 },
  { text: 'وأكد المسؤول مقتل ثمانية أشخاص، خمسة منهم من قرية واحدة.', number: 'خمسة', measure: 'killed', value: 5, partOf: true },
];

describe('figures in sentences modelled on news reports', () => {
  it.each(CASES.map((c, k) => [k + 1, c] as const))('case %i', (_k, c) => {
    const figures = figuresOf(c.text);
    const f = figureAt(figures, c.number);
    expect(f, `no figure on "${c.number}" in: ${c.text}\n${JSON.stringify(figures, null, 1)}`).toBeDefined();
    expect(f!.measure).toBe(c.measure);
    if (c.value !== undefined) expect(f!.value).toBe(c.value);
    if (c.role) expect(f!.subject.role).toBe(c.role);
    if (c.party !== undefined) expect(f!.subject.party).toBe(c.party);
    if (c.source === null) expect(f!.source).toBeNull();
    else if (c.source !== undefined) expect([f!.source?.canonical, f!.source?.text]).toContain(c.source);
    if (c.via) expect([f!.source?.via?.canonical, f!.source?.via?.text]).toContain(c.via);
    if (c.partOf) expect(f!.partOf).toMatch(/#\d+$/);
    if (c.period) expect(f!.period?.kind).toBe(c.period);
  });

  it('covers at least 40 sentences', () => {
    expect(new Set(CASES.map((c) => c.text)).size).toBeGreaterThanOrEqual(40);
  });

  it('keeps every span on the original text', () => {
    for (const c of CASES) {
      for (const f of figuresOf(c.text)) {
        expect(c.text.slice(f.start, f.end)).toBe(f.text);
        expect(c.text.slice(f.quoteStart, f.quoteStart + f.quote.length)).toBe(f.quote);
      }
    }
  });
});
