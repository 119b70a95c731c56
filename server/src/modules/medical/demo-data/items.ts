/**
 * Demo medical items: medicines of the WHO/Tanzanian essential medicines lists and common medical
 * consumables, priced per unit in a TZS-like currency. One entry per medicine, one form per row:
 * [form and strength, package, units in the package, unit price, options].
 */
export interface DemoItemForm {
  form: string;
  package: string;
  quantity: number;
  price: number;
  careType?: 'I' | 'O' | 'B';
  frequency?: number;
  patientCategory?: number;
}

type Form = [string, string, number, number, Partial<Pick<DemoItemForm, 'careType' | 'frequency' | 'patientCategory'>>?];

// Patient categories (domain.md 1.3): 1 male, 2 female, 4 adult, 8 child.
const womenAdult = 2 + 4;
const children = 1 + 2 + 8;
const adults = 1 + 2 + 4;

const drugs: [string, Form[]][] = [
  [
    'Paracetamol',
    [
      ['500 mg tablet', 'Tin of 1000', 1000, 20],
      ['120 mg/5 ml syrup, 60 ml', 'Bottle', 1, 1200, { patientCategory: children }],
      ['150 mg/ml injection, 2 ml', 'Ampoule', 1, 800],
    ],
  ],
  [
    'Ibuprofen',
    [
      ['200 mg tablet', 'Tin of 1000', 1000, 30],
      ['400 mg tablet', 'Blister of 10', 10, 60],
      ['100 mg/5 ml suspension, 100 ml', 'Bottle', 1, 2500, { patientCategory: children }],
    ],
  ],
  [
    'Acetylsalicylic acid',
    [
      ['75 mg dispersible tablet', 'Blister of 28', 28, 40, { patientCategory: adults }],
      ['300 mg tablet', 'Tin of 1000', 1000, 25],
    ],
  ],
  [
    'Diclofenac sodium',
    [
      ['50 mg tablet', 'Blister of 10', 10, 40],
      ['25 mg/ml injection, 3 ml', 'Ampoule', 1, 600],
    ],
  ],
  [
    'Morphine',
    [
      ['10 mg/ml injection, 1 ml', 'Ampoule', 1, 3500, { careType: 'I' }],
      ['10 mg tablet', 'Blister of 10', 10, 900],
    ],
  ],
  [
    'Tramadol',
    [
      ['50 mg capsule', 'Blister of 10', 10, 250],
      ['50 mg/ml injection, 2 ml', 'Ampoule', 1, 1200, { careType: 'I' }],
    ],
  ],
  ['Pethidine', [['50 mg/ml injection, 2 ml', 'Ampoule', 1, 2800, { careType: 'I' }]]],
  [
    'Amoxicillin',
    [
      ['250 mg capsule', 'Tin of 1000', 1000, 50],
      ['500 mg capsule', 'Tin of 500', 500, 90],
      ['125 mg/5 ml powder for suspension, 100 ml', 'Bottle', 1, 2200, { patientCategory: children }],
      ['250 mg dispersible tablet', 'Blister of 10', 10, 70, { patientCategory: children }],
    ],
  ],
  [
    'Amoxicillin + clavulanic acid',
    [
      ['625 mg tablet', 'Blister of 14', 14, 700],
      ['228 mg/5 ml suspension, 70 ml', 'Bottle', 1, 9500, { patientCategory: children }],
    ],
  ],
  ['Ampicillin', [['500 mg powder for injection', 'Vial', 1, 700, { careType: 'I' }]]],
  ['Benzylpenicillin', [['5 MU powder for injection', 'Vial', 1, 900, { careType: 'I' }]]],
  ['Benzathine benzylpenicillin', [['2.4 MU powder for injection', 'Vial', 1, 2500]]],
  ['Phenoxymethylpenicillin', [['250 mg tablet', 'Tin of 1000', 1000, 45]]],
  [
    'Cloxacillin',
    [
      ['250 mg capsule', 'Tin of 1000', 1000, 80],
      ['500 mg powder for injection', 'Vial', 1, 1100, { careType: 'I' }],
    ],
  ],
  [
    'Ceftriaxone',
    [
      ['1 g powder for injection', 'Vial', 1, 1500],
      ['250 mg powder for injection', 'Vial', 1, 900],
    ],
  ],
  ['Cefuroxime', [['500 mg tablet', 'Blister of 10', 10, 900]]],
  ['Cefixime', [['200 mg tablet', 'Blister of 10', 10, 800]]],
  [
    'Gentamicin',
    [
      ['40 mg/ml injection, 2 ml', 'Ampoule', 1, 350, { careType: 'I' }],
      ['0.3% eye drops, 10 ml', 'Bottle', 1, 1500],
    ],
  ],
  [
    'Ciprofloxacin',
    [
      ['250 mg tablet', 'Tin of 100', 100, 60],
      ['500 mg tablet', 'Blister of 10', 10, 100],
      ['2 mg/ml infusion, 100 ml', 'Bottle', 1, 2500, { careType: 'I' }],
    ],
  ],
  ['Levofloxacin', [['500 mg tablet', 'Blister of 10', 10, 600]]],
  ['Doxycycline', [['100 mg capsule', 'Tin of 1000', 1000, 40, { patientCategory: adults }]]],
  [
    'Erythromycin',
    [
      ['250 mg tablet', 'Tin of 1000', 1000, 90],
      ['125 mg/5 ml suspension, 100 ml', 'Bottle', 1, 2800, { patientCategory: children }],
    ],
  ],
  [
    'Azithromycin',
    [
      ['500 mg tablet', 'Blister of 3', 3, 500],
      ['200 mg/5 ml suspension, 15 ml', 'Bottle', 1, 3500, { patientCategory: children }],
    ],
  ],
  ['Clarithromycin', [['500 mg tablet', 'Blister of 14', 14, 900]]],
  [
    'Co-trimoxazole',
    [
      ['480 mg tablet', 'Tin of 1000', 1000, 30],
      ['240 mg/5 ml suspension, 100 ml', 'Bottle', 1, 1500, { patientCategory: children }],
      ['960 mg tablet', 'Tin of 500', 500, 55],
    ],
  ],
  [
    'Metronidazole',
    [
      ['200 mg tablet', 'Tin of 1000', 1000, 20],
      ['400 mg tablet', 'Tin of 1000', 1000, 35],
      ['5 mg/ml infusion, 100 ml', 'Bottle', 1, 1800, { careType: 'I' }],
      ['200 mg/5 ml suspension, 100 ml', 'Bottle', 1, 1800, { patientCategory: children }],
    ],
  ],
  ['Tinidazole', [['500 mg tablet', 'Blister of 4', 4, 200]]],
  ['Nitrofurantoin', [['100 mg tablet', 'Tin of 100', 100, 150]]],
  [
    'Chloramphenicol',
    [
      ['1 g powder for injection', 'Vial', 1, 1600, { careType: 'I' }],
      ['0.5% eye drops, 10 ml', 'Bottle', 1, 800],
    ],
  ],
  ['Clindamycin', [['150 mg capsule', 'Blister of 10', 10, 450]]],
  ['Vancomycin', [['500 mg powder for injection', 'Vial', 1, 12000, { careType: 'I' }]]],
  ['Meropenem', [['1 g powder for injection', 'Vial', 1, 28000, { careType: 'I' }]]],
  [
    'Artemether + lumefantrine',
    [
      ['20/120 mg tablet, 6x1', 'Blister of 6', 6, 150, { patientCategory: children }],
      ['20/120 mg tablet, 6x2', 'Blister of 12', 12, 150],
      ['20/120 mg tablet, 6x3', 'Blister of 18', 18, 150],
      ['20/120 mg tablet, 6x4', 'Blister of 24', 24, 150],
    ],
  ],
  [
    'Artesunate',
    [
      ['60 mg powder for injection', 'Vial', 1, 4500, { careType: 'I' }],
      ['100 mg suppository', 'Suppository', 1, 1800, { patientCategory: children }],
    ],
  ],
  [
    'Quinine',
    [
      ['300 mg tablet', 'Tin of 1000', 1000, 120],
      ['300 mg/ml injection, 2 ml', 'Ampoule', 1, 800, { careType: 'I' }],
    ],
  ],
  ['Sulfadoxine + pyrimethamine', [['500/25 mg tablet', 'Tin of 1000', 1000, 60, { patientCategory: womenAdult }]]],
  ['Dihydroartemisinin + piperaquine', [['40/320 mg tablet', 'Blister of 9', 9, 650]]],
  ['Primaquine', [['15 mg tablet', 'Tin of 1000', 1000, 90]]],
  [
    'Fluconazole',
    [
      ['150 mg capsule', 'Blister of 1', 1, 300],
      ['200 mg tablet', 'Blister of 10', 10, 500],
    ],
  ],
  [
    'Clotrimazole',
    [
      ['1% cream, 20 g', 'Tube', 1, 1200],
      ['500 mg vaginal tablet', 'Blister of 1', 1, 900, { patientCategory: womenAdult }],
    ],
  ],
  [
    'Nystatin',
    [
      ['100,000 IU/ml suspension, 30 ml', 'Bottle', 1, 2500],
      ['500,000 IU tablet', 'Tin of 100', 100, 120],
    ],
  ],
  ['Griseofulvin', [['500 mg tablet', 'Tin of 100', 100, 250]]],
  ['Miconazole', [['2% cream, 15 g', 'Tube', 1, 1500]]],
  ['Albendazole', [['400 mg tablet', 'Tin of 100', 100, 100, { frequency: 90 }]]],
  [
    'Mebendazole',
    [
      ['100 mg tablet', 'Tin of 100', 100, 40],
      ['500 mg tablet', 'Blister of 1', 1, 250, { frequency: 90 }],
    ],
  ],
  ['Praziquantel', [['600 mg tablet', 'Tin of 1000', 1000, 180]]],
  ['Ivermectin', [['3 mg tablet', 'Blister of 4', 4, 150]]],
  [
    'Acyclovir',
    [
      ['200 mg tablet', 'Blister of 25', 25, 150],
      ['400 mg tablet', 'Blister of 10', 10, 260],
      ['5% cream, 10 g', 'Tube', 1, 2500],
    ],
  ],
  ['Tenofovir + lamivudine + dolutegravir', [['300/300/50 mg tablet', 'Bottle of 30', 30, 0]]],
  ['Zidovudine', [['50 mg/5 ml syrup, 240 ml', 'Bottle', 1, 0, { patientCategory: children }]]],
  ['Nevirapine', [['50 mg/5 ml suspension, 100 ml', 'Bottle', 1, 0, { patientCategory: children }]]],
  [
    'Isoniazid',
    [
      ['100 mg tablet', 'Tin of 1000', 1000, 20],
      ['300 mg tablet', 'Tin of 1000', 1000, 35],
    ],
  ],
  ['Rifampicin + isoniazid + pyrazinamide + ethambutol', [['150/75/400/275 mg tablet', 'Blister of 28', 28, 0]]],
  ['Rifampicin + isoniazid', [['150/75 mg tablet', 'Blister of 28', 28, 0]]],
  [
    'Metformin',
    [
      ['500 mg tablet', 'Tin of 1000', 1000, 40, { patientCategory: adults }],
      ['850 mg tablet', 'Tin of 500', 500, 60, { patientCategory: adults }],
    ],
  ],
  ['Glibenclamide', [['5 mg tablet', 'Tin of 1000', 1000, 20, { patientCategory: adults }]]],
  ['Gliclazide', [['80 mg tablet', 'Blister of 10', 10, 150, { patientCategory: adults }]]],
  ['Insulin, soluble', [['100 IU/ml injection, 10 ml', 'Vial', 1, 12000]]],
  ['Insulin, isophane (NPH)', [['100 IU/ml injection, 10 ml', 'Vial', 1, 12000]]],
  ['Insulin, premixed 30/70', [['100 IU/ml injection, 10 ml', 'Vial', 1, 13500]]],
  [
    'Amlodipine',
    [
      ['5 mg tablet', 'Tin of 1000', 1000, 30, { patientCategory: adults }],
      ['10 mg tablet', 'Tin of 1000', 1000, 45, { patientCategory: adults }],
    ],
  ],
  ['Nifedipine', [['20 mg retard tablet', 'Tin of 1000', 1000, 40, { patientCategory: adults }]]],
  [
    'Enalapril',
    [
      ['5 mg tablet', 'Tin of 1000', 1000, 40, { patientCategory: adults }],
      ['10 mg tablet', 'Tin of 1000', 1000, 60, { patientCategory: adults }],
    ],
  ],
  ['Lisinopril', [['10 mg tablet', 'Blister of 28', 28, 80, { patientCategory: adults }]]],
  ['Losartan', [['50 mg tablet', 'Blister of 28', 28, 120, { patientCategory: adults }]]],
  ['Hydrochlorothiazide', [['25 mg tablet', 'Tin of 1000', 1000, 15, { patientCategory: adults }]]],
  [
    'Furosemide',
    [
      ['40 mg tablet', 'Tin of 1000', 1000, 20],
      ['10 mg/ml injection, 2 ml', 'Ampoule', 1, 400],
    ],
  ],
  ['Spironolactone', [['25 mg tablet', 'Blister of 28', 28, 120]]],
  ['Atenolol', [['50 mg tablet', 'Tin of 1000', 1000, 25, { patientCategory: adults }]]],
  ['Bisoprolol', [['5 mg tablet', 'Blister of 28', 28, 150, { patientCategory: adults }]]],
  ['Methyldopa', [['250 mg tablet', 'Tin of 1000', 1000, 60]]],
  ['Hydralazine', [['20 mg/ml powder for injection', 'Ampoule', 1, 3500, { careType: 'I' }]]],
  ['Digoxin', [['250 microgram tablet', 'Tin of 1000', 1000, 40]]],
  ['Atorvastatin', [['20 mg tablet', 'Blister of 28', 28, 150, { patientCategory: adults }]]],
  ['Simvastatin', [['20 mg tablet', 'Blister of 28', 28, 100, { patientCategory: adults }]]],
  ['Warfarin', [['5 mg tablet', 'Tin of 100', 100, 90]]],
  ['Heparin sodium', [['5,000 IU/ml injection, 5 ml', 'Vial', 1, 6500, { careType: 'I' }]]],
  ['Enoxaparin', [['40 mg/0.4 ml injection', 'Pre-filled syringe', 1, 9000, { careType: 'I' }]]],
  ['Glyceryl trinitrate', [['500 microgram sublingual tablet', 'Bottle of 100', 100, 120]]],
  ['Adrenaline', [['1 mg/ml injection, 1 ml', 'Ampoule', 1, 900]]],
  ['Atropine', [['1 mg/ml injection, 1 ml', 'Ampoule', 1, 500]]],
  [
    'Hydrocortisone',
    [
      ['100 mg powder for injection', 'Vial', 1, 2200],
      ['1% cream, 15 g', 'Tube', 1, 1200],
    ],
  ],
  [
    'Dexamethasone',
    [
      ['4 mg/ml injection, 2 ml', 'Ampoule', 1, 500],
      ['0.5 mg tablet', 'Tin of 1000', 1000, 15],
    ],
  ],
  ['Prednisolone', [['5 mg tablet', 'Tin of 1000', 1000, 20]]],
  [
    'Salbutamol',
    [
      ['4 mg tablet', 'Tin of 1000', 1000, 15],
      ['100 microgram/dose inhaler, 200 doses', 'Inhaler', 1, 4500],
      ['5 mg/ml nebuliser solution, 20 ml', 'Bottle', 1, 3000],
    ],
  ],
  ['Beclometasone', [['100 microgram/dose inhaler, 200 doses', 'Inhaler', 1, 9500]]],
  [
    'Aminophylline',
    [
      ['25 mg/ml injection, 10 ml', 'Ampoule', 1, 900, { careType: 'I' }],
      ['100 mg tablet', 'Tin of 1000', 1000, 20],
    ],
  ],
  [
    'Chlorphenamine',
    [
      ['4 mg tablet', 'Tin of 1000', 1000, 10],
      ['10 mg/ml injection, 1 ml', 'Ampoule', 1, 400],
      ['2 mg/5 ml syrup, 100 ml', 'Bottle', 1, 1000, { patientCategory: children }],
    ],
  ],
  ['Cetirizine', [['10 mg tablet', 'Blister of 10', 10, 60]]],
  [
    'Promethazine',
    [
      ['25 mg tablet', 'Tin of 1000', 1000, 20],
      ['25 mg/ml injection, 2 ml', 'Ampoule', 1, 450],
    ],
  ],
  ['Loratadine', [['10 mg tablet', 'Blister of 10', 10, 70]]],
  [
    'Omeprazole',
    [
      ['20 mg capsule', 'Blister of 10', 10, 80],
      ['40 mg powder for injection', 'Vial', 1, 4000, { careType: 'I' }],
    ],
  ],
  ['Ranitidine', [['150 mg tablet', 'Tin of 100', 100, 60]]],
  [
    'Magnesium trisilicate',
    [
      ['compound tablet', 'Tin of 1000', 1000, 10],
      ['mixture, 200 ml', 'Bottle', 1, 1200],
    ],
  ],
  ['Aluminium hydroxide + magnesium hydroxide', [['suspension, 200 ml', 'Bottle', 1, 2000]]],
  [
    'Metoclopramide',
    [
      ['10 mg tablet', 'Tin of 1000', 1000, 20],
      ['5 mg/ml injection, 2 ml', 'Ampoule', 1, 350],
    ],
  ],
  [
    'Ondansetron',
    [
      ['4 mg tablet', 'Blister of 10', 10, 200],
      ['2 mg/ml injection, 2 ml', 'Ampoule', 1, 900],
    ],
  ],
  [
    'Hyoscine butylbromide',
    [
      ['10 mg tablet', 'Blister of 10', 10, 60],
      ['20 mg/ml injection, 1 ml', 'Ampoule', 1, 600],
    ],
  ],
  ['Bisacodyl', [['5 mg tablet', 'Tin of 1000', 1000, 15]]],
  ['Lactulose', [['3.3 g/5 ml solution, 100 ml', 'Bottle', 1, 4500]]],
  ['Loperamide', [['2 mg capsule', 'Blister of 10', 10, 40, { patientCategory: adults }]]],
  ['Oral rehydration salts', [['low-osmolarity sachet, 1 litre', 'Sachet', 1, 250]]],
  ['Zinc sulfate', [['20 mg dispersible tablet', 'Blister of 10', 10, 50, { patientCategory: children }]]],
  ['Ferrous sulfate', [['200 mg tablet', 'Tin of 1000', 1000, 10]]],
  ['Ferrous sulfate + folic acid', [['200 mg + 400 microgram tablet', 'Tin of 1000', 1000, 15, { patientCategory: womenAdult }]]],
  ['Folic acid', [['5 mg tablet', 'Tin of 1000', 1000, 8]]],
  ['Iron sucrose', [['20 mg/ml injection, 5 ml', 'Ampoule', 1, 9000, { careType: 'I' }]]],
  ['Vitamin A (retinol)', [['200,000 IU capsule', 'Capsule', 1, 100, { patientCategory: children, frequency: 180 }]]],
  [
    'Vitamin B complex',
    [
      ['tablet', 'Tin of 1000', 1000, 10],
      ['injection, 2 ml', 'Ampoule', 1, 300],
    ],
  ],
  [
    'Vitamin K1 (phytomenadione)',
    [
      ['1 mg/0.5 ml injection', 'Ampoule', 1, 900, { patientCategory: children }],
      ['10 mg/ml injection, 1 ml', 'Ampoule', 1, 1200],
    ],
  ],
  [
    'Multivitamin',
    [
      ['syrup, 100 ml', 'Bottle', 1, 1800, { patientCategory: children }],
      ['tablet', 'Tin of 1000', 1000, 15],
    ],
  ],
  ['Calcium gluconate', [['100 mg/ml injection, 10 ml', 'Ampoule', 1, 1200, { careType: 'I' }]]],
  ['Calcium carbonate', [['500 mg tablet', 'Tin of 100', 100, 60]]],
  ['Ready-to-use therapeutic food', [['92 g sachet', 'Sachet', 1, 600, { patientCategory: children }]]],
  ['Oxytocin', [['10 IU/ml injection, 1 ml', 'Ampoule', 1, 600, { patientCategory: womenAdult }]]],
  ['Ergometrine', [['200 microgram/ml injection, 1 ml', 'Ampoule', 1, 900, { patientCategory: womenAdult }]]],
  ['Misoprostol', [['200 microgram tablet', 'Blister of 4', 4, 600, { patientCategory: womenAdult }]]],
  ['Magnesium sulfate', [['500 mg/ml injection, 10 ml', 'Ampoule', 1, 1000, { careType: 'I' }]]],
  [
    'Tranexamic acid',
    [
      ['100 mg/ml injection, 5 ml', 'Ampoule', 1, 2200, { careType: 'I' }],
      ['500 mg tablet', 'Blister of 10', 10, 350],
    ],
  ],
  ['Medroxyprogesterone acetate', [['150 mg/ml injection, 1 ml', 'Vial', 1, 1500, { patientCategory: womenAdult, frequency: 84 }]]],
  ['Levonorgestrel + ethinylestradiol', [['150/30 microgram tablet', 'Cycle of 28', 28, 40, { patientCategory: womenAdult, frequency: 28 }]]],
  [
    'Levonorgestrel',
    [
      ['1.5 mg tablet', 'Blister of 1', 1, 1500, { patientCategory: womenAdult }],
      ['implant, 2 rods of 75 mg', 'Implant', 1, 12000, { patientCategory: womenAdult, frequency: 1095 }],
    ],
  ],
  ['Etonogestrel', [['implant, 68 mg', 'Implant', 1, 15000, { patientCategory: womenAdult, frequency: 1095 }]]],
  ['Copper-containing intrauterine device', [['TCu 380A', 'Device', 1, 3500, { patientCategory: womenAdult, frequency: 1825 }]]],
  ['Clomifene', [['50 mg tablet', 'Blister of 10', 10, 600, { patientCategory: womenAdult }]]],
  [
    'Diazepam',
    [
      ['5 mg tablet', 'Tin of 1000', 1000, 15],
      ['5 mg/ml injection, 2 ml', 'Ampoule', 1, 500],
      ['rectal solution, 10 mg', 'Tube', 1, 2500, { patientCategory: children }],
    ],
  ],
  [
    'Phenobarbital',
    [
      ['30 mg tablet', 'Tin of 1000', 1000, 15],
      ['200 mg/ml injection, 1 ml', 'Ampoule', 1, 1500],
    ],
  ],
  ['Phenytoin', [['100 mg tablet', 'Tin of 1000', 1000, 40]]],
  ['Carbamazepine', [['200 mg tablet', 'Tin of 1000', 1000, 45]]],
  ['Sodium valproate', [['200 mg tablet', 'Tin of 100', 100, 150]]],
  [
    'Haloperidol',
    [
      ['5 mg tablet', 'Tin of 1000', 1000, 30],
      ['5 mg/ml injection, 1 ml', 'Ampoule', 1, 700],
    ],
  ],
  [
    'Chlorpromazine',
    [
      ['100 mg tablet', 'Tin of 1000', 1000, 25],
      ['25 mg/ml injection, 2 ml', 'Ampoule', 1, 500],
    ],
  ],
  ['Amitriptyline', [['25 mg tablet', 'Tin of 1000', 1000, 20, { patientCategory: adults }]]],
  ['Fluoxetine', [['20 mg capsule', 'Blister of 10', 10, 120, { patientCategory: adults }]]],
  ['Risperidone', [['2 mg tablet', 'Blister of 10', 10, 250]]],
  ['Biperiden', [['2 mg tablet', 'Tin of 100', 100, 120]]],
  [
    'Lidocaine',
    [
      ['2% injection, 20 ml', 'Vial', 1, 1200],
      ['2% + adrenaline injection, 20 ml', 'Vial', 1, 1500],
      ['2% gel, 30 g', 'Tube', 1, 2500],
    ],
  ],
  ['Bupivacaine', [['0.5% heavy spinal injection, 4 ml', 'Ampoule', 1, 3500, { careType: 'I' }]]],
  ['Ketamine', [['50 mg/ml injection, 10 ml', 'Vial', 1, 5500, { careType: 'I' }]]],
  ['Propofol', [['10 mg/ml injection, 20 ml', 'Ampoule', 1, 6000, { careType: 'I' }]]],
  ['Thiopental', [['500 mg powder for injection', 'Vial', 1, 5000, { careType: 'I' }]]],
  ['Suxamethonium', [['50 mg/ml injection, 2 ml', 'Ampoule', 1, 2500, { careType: 'I' }]]],
  ['Neostigmine', [['2.5 mg/ml injection, 1 ml', 'Ampoule', 1, 1200, { careType: 'I' }]]],
  ['Halothane', [['inhalation, 250 ml', 'Bottle', 1, 65000, { careType: 'I' }]]],
  ['Oxygen', [['medicinal gas, per hour', 'Hour', 1, 2500, { careType: 'I' }]]],
  [
    'Sodium chloride',
    [
      ['0.9% infusion, 500 ml', 'Bottle', 1, 1200],
      ['0.9% infusion, 1000 ml', 'Bottle', 1, 1800],
    ],
  ],
  [
    'Compound sodium lactate (Ringer’s lactate)',
    [
      ['infusion, 500 ml', 'Bottle', 1, 1300],
      ['infusion, 1000 ml', 'Bottle', 1, 1900],
    ],
  ],
  [
    'Glucose',
    [
      ['5% infusion, 500 ml', 'Bottle', 1, 1200],
      ['10% infusion, 500 ml', 'Bottle', 1, 1500],
      ['50% injection, 50 ml', 'Vial', 1, 1500],
    ],
  ],
  ['Glucose + sodium chloride', [['4.3% + 0.18% infusion, 500 ml', 'Bottle', 1, 1400]]],
  [
    'Potassium chloride',
    [
      ['150 mg/ml injection, 10 ml', 'Ampoule', 1, 800, { careType: 'I' }],
      ['600 mg slow-release tablet', 'Tin of 100', 100, 90],
    ],
  ],
  ['Sodium bicarbonate', [['8.4% injection, 10 ml', 'Ampoule', 1, 900, { careType: 'I' }]]],
  ['Water for injection', [['10 ml', 'Ampoule', 1, 200]]],
  ['Tetracycline', [['1% eye ointment, 3.5 g', 'Tube', 1, 400]]],
  ['Ciprofloxacin eye/ear drops', [['0.3%, 5 ml', 'Bottle', 1, 1500]]],
  ['Timolol', [['0.5% eye drops, 5 ml', 'Bottle', 1, 3500, { patientCategory: adults }]]],
  ['Pilocarpine', [['2% eye drops, 15 ml', 'Bottle', 1, 3000]]],
  [
    'Silver sulfadiazine',
    [
      ['1% cream, 500 g', 'Jar', 1, 12000],
      ['1% cream, 50 g', 'Tube', 1, 2500],
    ],
  ],
  [
    'Povidone-iodine',
    [
      ['10% solution, 500 ml', 'Bottle', 1, 4500],
      ['10% solution, 100 ml', 'Bottle', 1, 1500],
    ],
  ],
  [
    'Chlorhexidine',
    [
      ['4% solution, 500 ml', 'Bottle', 1, 5000],
      ['7.1% digluconate gel, 10 g (cord care)', 'Tube', 1, 1200, { patientCategory: children }],
    ],
  ],
  ['Benzyl benzoate', [['25% lotion, 100 ml', 'Bottle', 1, 1500]]],
  ['Permethrin', [['5% cream, 30 g', 'Tube', 1, 3000]]],
  ['Calamine', [['lotion, 100 ml', 'Bottle', 1, 1200]]],
  ['Whitfield ointment', [['benzoic + salicylic acid, 30 g', 'Jar', 1, 800]]],
  ['Gentian violet', [['0.5% paint, 30 ml', 'Bottle', 1, 500]]],
  ['Zinc oxide', [['ointment, 30 g', 'Jar', 1, 700]]],
  ['Allopurinol', [['100 mg tablet', 'Tin of 1000', 1000, 30, { patientCategory: adults }]]],
  ['Colchicine', [['500 microgram tablet', 'Tin of 100', 100, 90, { patientCategory: adults }]]],
  ['Tamsulosin', [['400 microgram capsule', 'Blister of 30', 30, 300, { patientCategory: 1 + 4 }]]],
  ['Levothyroxine', [['50 microgram tablet', 'Tin of 100', 100, 80]]],
  ['Carbimazole', [['5 mg tablet', 'Tin of 100', 100, 100]]],
  ['Tetanus toxoid', [['vaccine, 0.5 ml dose', 'Dose', 1, 500, { frequency: 28 }]]],
  ['Anti-rabies vaccine', [['human diploid cell, 1 ml dose', 'Vial', 1, 35000]]],
  ['Anti-tetanus immunoglobulin', [['250 IU injection', 'Vial', 1, 18000]]],
  ['Anti-snake venom', [['polyvalent, 10 ml', 'Vial', 1, 120000, { careType: 'I' }]]],
  ['Hepatitis B vaccine', [['adult dose, 1 ml', 'Vial', 1, 6000, { patientCategory: adults }]]],
  ['Anti-D immunoglobulin', [['300 microgram injection', 'Vial', 1, 85000, { patientCategory: womenAdult }]]],
];

type Supply = [string, string, number, number, Partial<Pick<DemoItemForm, 'careType' | 'frequency' | 'patientCategory'>>?];

const consumables: Supply[] = [
  ['Gloves, examination, latex, medium', 'Box of 100', 100, 150],
  ['Gloves, examination, latex, large', 'Box of 100', 100, 150],
  ['Gloves, surgical, sterile, size 7', 'Pair', 1, 800],
  ['Gloves, surgical, sterile, size 7.5', 'Pair', 1, 800],
  ['Gloves, gynaecological, long', 'Pair', 1, 1500, { patientCategory: womenAdult }],
  ['Syringe, 2 ml, with needle', 'Box of 100', 100, 120],
  ['Syringe, 5 ml, with needle', 'Box of 100', 100, 150],
  ['Syringe, 10 ml, with needle', 'Box of 100', 100, 200],
  ['Syringe, 20 ml', 'Box of 50', 50, 350],
  ['Syringe, auto-disable, 0.5 ml', 'Box of 100', 100, 130],
  ['Needle, hypodermic, 21 G', 'Box of 100', 100, 60],
  ['Needle, hypodermic, 23 G', 'Box of 100', 100, 60],
  ['Cannula, IV, 18 G', 'Piece', 1, 800],
  ['Cannula, IV, 20 G', 'Piece', 1, 800],
  ['Cannula, IV, 22 G', 'Piece', 1, 800],
  ['Cannula, IV, 24 G (paediatric)', 'Piece', 1, 900, { patientCategory: children }],
  ['Scalp vein set, 23 G', 'Piece', 1, 400, { patientCategory: children }],
  ['Giving set, IV infusion', 'Piece', 1, 900],
  ['Blood giving set', 'Piece', 1, 1500, { careType: 'I' }],
  ['Blood bag, 450 ml, with CPDA-1', 'Piece', 1, 6500, { careType: 'I' }],
  ['Burette, paediatric, 150 ml', 'Piece', 1, 3500, { patientCategory: children }],
  ['Catheter, Foley, 2-way, CH 16', 'Piece', 1, 1500],
  ['Catheter, Foley, 2-way, CH 18', 'Piece', 1, 1500],
  ['Catheter, Foley, 2-way, CH 8 (paediatric)', 'Piece', 1, 1800, { patientCategory: children }],
  ['Urine bag, 2 litres, with outlet', 'Piece', 1, 900],
  ['Nasogastric tube, CH 16', 'Piece', 1, 800],
  ['Nasogastric tube, CH 8 (paediatric)', 'Piece', 1, 800, { patientCategory: children }],
  ['Suction catheter, CH 10', 'Piece', 1, 500],
  ['Oxygen nasal cannula, adult', 'Piece', 1, 1500],
  ['Oxygen face mask, paediatric', 'Piece', 1, 2500, { patientCategory: children }],
  ['Suture, chromic catgut 2/0, round needle', 'Piece', 1, 3500],
  ['Suture, chromic catgut 1, round needle', 'Piece', 1, 3500],
  ['Suture, polyglactin 910 2/0, round needle', 'Piece', 1, 6500],
  ['Suture, nylon 2/0, cutting needle', 'Piece', 1, 2500],
  ['Suture, nylon 3/0, cutting needle', 'Piece', 1, 2500],
  ['Suture, silk 2/0, cutting needle', 'Piece', 1, 2200],
  ['Surgical blade, No. 22', 'Box of 100', 100, 150],
  ['Surgical blade, No. 11', 'Box of 100', 100, 150],
  ['Gauze, absorbent, 90 cm x 100 m', 'Roll', 1, 45000],
  ['Gauze swabs, 10 x 10 cm, 8 ply', 'Pack of 100', 100, 60],
  ['Cotton wool, 500 g', 'Roll', 1, 6000],
  ['Bandage, crepe, 10 cm', 'Piece', 1, 900],
  ['Bandage, crepe, 7.5 cm', 'Piece', 1, 700],
  ['Bandage, plaster of Paris, 10 cm', 'Roll', 1, 2500],
  ['Bandage, plaster of Paris, 15 cm', 'Roll', 1, 3200],
  ['Adhesive tape, zinc oxide, 7.5 cm x 5 m', 'Roll', 1, 2500],
  ['Wound dressing, non-adherent, 10 x 10 cm', 'Piece', 1, 1200],
  ['Umbilical cord clamp', 'Piece', 1, 200, { patientCategory: children }],
  ['Mucus extractor, neonatal', 'Piece', 1, 900, { patientCategory: children }],
  ['Delivery kit, clean', 'Kit', 1, 8000, { patientCategory: womenAdult }],
  ['Sanitary pads, maternity', 'Pack of 10', 10, 300, { patientCategory: womenAdult }],
  ['Spinal needle, 25 G', 'Piece', 1, 3500, { careType: 'I' }],
  ['Endotracheal tube, 7.5 mm', 'Piece', 1, 3000, { careType: 'I' }],
  ['Laryngeal mask airway, size 4', 'Piece', 1, 25000, { careType: 'I' }],
  ['Surgical gown, sterile', 'Piece', 1, 4500, { careType: 'I' }],
  ['Surgical drape, sterile', 'Piece', 1, 3500, { careType: 'I' }],
  ['Chest drain, CH 28', 'Piece', 1, 12000, { careType: 'I' }],
  ['Underwater seal drainage bottle', 'Piece', 1, 15000, { careType: 'I' }],
  ['Glucose test strips', 'Box of 50', 50, 600],
  ['Lancets, sterile', 'Box of 100', 100, 50],
  ['Malaria rapid diagnostic test kit', 'Box of 25', 25, 1000],
  ['HIV 1/2 rapid test kit', 'Box of 100', 100, 1200],
  ['Pregnancy test strip (hCG)', 'Box of 50', 50, 500, { patientCategory: womenAdult }],
  ['Urinalysis strips, 10 parameters', 'Bottle of 100', 100, 400],
  ['Vacutainer tube, EDTA', 'Box of 100', 100, 250],
  ['Specimen container, 60 ml', 'Piece', 1, 200],
  ['Microscope slides', 'Box of 72', 72, 60],
  ['Face mask, surgical', 'Box of 50', 50, 200],
  ['Respirator, N95', 'Piece', 1, 2500],
  ['Alcohol swabs', 'Box of 100', 100, 30],
  ['Hand rub, alcohol-based, 500 ml', 'Bottle', 1, 6000],
  ['Condoms, male', 'Pack of 3', 3, 100],
  ['Insecticide-treated mosquito net, long-lasting', 'Piece', 1, 8000, { frequency: 365 }],
  ['Crutches, axillary, adult', 'Pair', 1, 45000, { patientCategory: adults, frequency: 730 }],
  ['Cervical collar, adjustable', 'Piece', 1, 25000],
  ['Spectacles, reading, ready-made', 'Pair', 1, 15000, { patientCategory: adults, frequency: 730 }],
  ['Colostomy bag', 'Piece', 1, 4500],
  ['Insulin syringe, 1 ml, U-100', 'Box of 100', 100, 250],
  ['Elastic stockings, compression', 'Pair', 1, 28000],
];

/** The demo items: drugs (D) then consumables (M), in a fixed order, so codes are the same on every machine. */
export function demoItems(): (DemoItemForm & { name: string; type: 'D' | 'M' })[] {
  const out: (DemoItemForm & { name: string; type: 'D' | 'M' })[] = [];
  for (const [medicine, forms] of drugs) {
    for (const [form, pack, quantity, price, options] of forms)
      out.push({ name: `${medicine} ${form}`, type: 'D', form, package: pack, quantity, price, ...options });
  }
  for (const [name, pack, quantity, price, options] of consumables) out.push({ name, type: 'M', form: '', package: pack, quantity, price, ...options });
  return out;
}
