/**
 * Demo medical services, priced in a TZS-like currency. Codes group them: C consultations, L
 * laboratory, R imaging, S surgery, D deliveries, A antenatal and postnatal care, H hospital stays,
 * P preventive care, O other.
 * [code, name, type (P preventive, C curative), level (S simple, V visit, D day, H hospital care),
 *  category, care type, price, options]
 */
export interface DemoService {
  code: string;
  name: string;
  type: 'P' | 'C';
  level: 'S' | 'V' | 'D' | 'H';
  category: 'S' | 'D' | 'A' | 'H' | 'C' | 'O' | 'V' | null;
  careType: 'I' | 'O' | 'B';
  price: number;
  frequency?: number;
  patientCategory?: number;
}

type Row = [
  string,
  string,
  DemoService['type'],
  DemoService['level'],
  DemoService['category'],
  DemoService['careType'],
  number,
  { frequency?: number; patientCategory?: number }?,
];

const womenAdult = 2 + 4;
const children = 1 + 2 + 8;
const adults = 1 + 2 + 4;
const menAdult = 1 + 4;

const rows: Row[] = [
  // consultations and visits
  ['C01', 'Outpatient consultation, first visit', 'C', 'V', 'C', 'O', 5000],
  ['C02', 'Outpatient consultation, follow-up visit', 'C', 'V', 'C', 'O', 3000],
  ['C03', 'Consultation by a medical officer', 'C', 'V', 'C', 'O', 10000],
  ['C04', 'Consultation by a specialist', 'C', 'V', 'C', 'O', 25000],
  ['C05', 'Consultation by a paediatrician', 'C', 'V', 'C', 'O', 25000, { patientCategory: children }],
  ['C06', 'Consultation by an obstetrician-gynaecologist', 'C', 'V', 'C', 'O', 25000, { patientCategory: womenAdult }],
  ['C07', 'Emergency consultation', 'C', 'V', 'C', 'B', 10000],
  ['C08', 'Dental consultation', 'C', 'V', 'C', 'O', 5000],
  ['C09', 'Eye consultation', 'C', 'V', 'C', 'O', 7000],
  ['C10', 'Mental health consultation', 'C', 'V', 'C', 'O', 10000],
  ['C11', 'Physiotherapy consultation', 'C', 'V', 'C', 'O', 8000],
  ['C12', 'Nutrition counselling', 'P', 'V', 'C', 'O', 3000],
  ['C13', 'Ward round review by a specialist', 'C', 'V', 'C', 'I', 15000],
  ['C14', 'Home visit by a community health worker', 'P', 'V', 'V', 'O', 2000],
  ['C15', 'Outreach clinic visit', 'P', 'V', 'V', 'O', 2000],
  // laboratory
  ['L001', 'Malaria rapid diagnostic test', 'C', 'S', 'O', 'B', 2000],
  ['L002', 'Blood slide for malaria parasites', 'C', 'S', 'O', 'B', 2000],
  ['L003', 'Haemoglobin estimation', 'C', 'S', 'O', 'B', 2000],
  ['L004', 'Full blood count', 'C', 'S', 'O', 'B', 8000],
  ['L005', 'Erythrocyte sedimentation rate', 'C', 'S', 'O', 'B', 3000],
  ['L006', 'Blood grouping and Rhesus factor', 'C', 'S', 'O', 'B', 3000],
  ['L007', 'Cross-match', 'C', 'S', 'O', 'I', 5000],
  ['L008', 'Blood glucose (random or fasting)', 'C', 'S', 'O', 'B', 2000],
  ['L009', 'Glycated haemoglobin (HbA1c)', 'C', 'S', 'O', 'O', 20000, { patientCategory: adults, frequency: 90 }],
  ['L010', 'Urinalysis (dipstick)', 'C', 'S', 'O', 'B', 2000],
  ['L011', 'Urine microscopy', 'C', 'S', 'O', 'B', 3000],
  ['L012', 'Stool microscopy', 'C', 'S', 'O', 'B', 3000],
  ['L013', 'Stool occult blood', 'C', 'S', 'O', 'O', 5000],
  ['L014', 'HIV rapid test', 'P', 'S', 'O', 'B', 0],
  ['L015', 'CD4 count', 'C', 'S', 'O', 'O', 0],
  ['L016', 'HIV viral load', 'C', 'S', 'O', 'O', 0, { frequency: 180 }],
  ['L017', 'Syphilis rapid test', 'P', 'S', 'O', 'B', 2000],
  ['L018', 'Hepatitis B surface antigen', 'C', 'S', 'O', 'B', 5000],
  ['L019', 'Hepatitis C antibody', 'C', 'S', 'O', 'B', 8000],
  ['L020', 'Pregnancy test (urine hCG)', 'C', 'S', 'O', 'O', 2000, { patientCategory: womenAdult }],
  ['L021', 'Sputum smear for acid-fast bacilli', 'C', 'S', 'O', 'O', 0],
  ['L022', 'GeneXpert MTB/RIF', 'C', 'S', 'O', 'O', 0],
  ['L023', 'Widal test', 'C', 'S', 'O', 'B', 3000],
  ['L024', 'Salmonella typhi antigen, stool', 'C', 'S', 'O', 'B', 8000],
  ['L025', 'Helicobacter pylori antigen', 'C', 'S', 'O', 'O', 8000],
  ['L026', 'Liver function tests', 'C', 'S', 'O', 'B', 20000],
  ['L027', 'Renal function tests (urea, creatinine, electrolytes)', 'C', 'S', 'O', 'B', 20000],
  ['L028', 'Serum creatinine', 'C', 'S', 'O', 'B', 6000],
  ['L029', 'Lipid profile', 'C', 'S', 'O', 'O', 20000, { patientCategory: adults }],
  ['L030', 'Uric acid', 'C', 'S', 'O', 'O', 6000],
  ['L031', 'Thyroid function tests', 'C', 'S', 'O', 'O', 35000],
  ['L032', 'Prostate-specific antigen', 'C', 'S', 'O', 'O', 25000, { patientCategory: menAdult }],
  ['L033', 'Blood culture and sensitivity', 'C', 'S', 'O', 'B', 25000],
  ['L034', 'Urine culture and sensitivity', 'C', 'S', 'O', 'B', 20000],
  ['L035', 'Pus swab culture and sensitivity', 'C', 'S', 'O', 'B', 20000],
  ['L036', 'Cerebrospinal fluid analysis', 'C', 'S', 'O', 'I', 15000],
  ['L037', 'High vaginal swab microscopy', 'C', 'S', 'O', 'O', 5000, { patientCategory: womenAdult }],
  ['L038', 'Cervical cancer screening (VIA)', 'P', 'S', 'O', 'O', 5000, { patientCategory: womenAdult, frequency: 1095 }],
  ['L039', 'Sickle cell screening', 'C', 'S', 'O', 'B', 6000],
  ['L040', 'Prothrombin time / INR', 'C', 'S', 'O', 'B', 12000],
  ['L041', 'Histopathology, small specimen', 'C', 'S', 'O', 'B', 40000],
  ['L042', 'Brucella antibody test', 'C', 'S', 'O', 'B', 8000],
  // imaging and other examinations
  ['R001', 'X-ray, chest', 'C', 'S', 'O', 'B', 15000],
  ['R002', 'X-ray, abdomen', 'C', 'S', 'O', 'B', 15000],
  ['R003', 'X-ray, skull', 'C', 'S', 'O', 'B', 20000],
  ['R004', 'X-ray, spine (one region)', 'C', 'S', 'O', 'B', 25000],
  ['R005', 'X-ray, pelvis', 'C', 'S', 'O', 'B', 20000],
  ['R006', 'X-ray, upper limb', 'C', 'S', 'O', 'B', 15000],
  ['R007', 'X-ray, lower limb', 'C', 'S', 'O', 'B', 15000],
  ['R008', 'X-ray, dental (periapical)', 'C', 'S', 'O', 'O', 10000],
  ['R009', 'Ultrasound, abdomen', 'C', 'S', 'O', 'B', 20000],
  ['R010', 'Ultrasound, obstetric', 'C', 'S', 'A', 'B', 15000, { patientCategory: womenAdult }],
  ['R011', 'Ultrasound, pelvic', 'C', 'S', 'O', 'B', 20000],
  ['R012', 'Ultrasound, breast', 'C', 'S', 'O', 'O', 25000],
  ['R013', 'Ultrasound, thyroid', 'C', 'S', 'O', 'O', 25000],
  ['R014', 'Echocardiography', 'C', 'S', 'O', 'B', 60000],
  ['R015', 'Electrocardiogram (ECG)', 'C', 'S', 'O', 'B', 15000],
  ['R016', 'CT scan, head', 'C', 'S', 'O', 'B', 150000],
  ['R017', 'CT scan, chest', 'C', 'S', 'O', 'B', 200000],
  ['R018', 'CT scan, abdomen and pelvis', 'C', 'S', 'O', 'B', 250000],
  ['R019', 'MRI, brain', 'C', 'S', 'O', 'B', 400000],
  ['R020', 'MRI, spine', 'C', 'S', 'O', 'B', 400000],
  ['R021', 'Mammography', 'P', 'S', 'O', 'O', 60000, { patientCategory: womenAdult, frequency: 365 }],
  ['R022', 'Upper gastrointestinal endoscopy', 'C', 'S', 'O', 'B', 120000],
  ['R023', 'Colonoscopy', 'C', 'S', 'O', 'B', 180000],
  // surgery
  ['S001', 'Incision and drainage of abscess', 'C', 'S', 'S', 'O', 15000],
  ['S002', 'Suturing of wound, up to 5 cm', 'C', 'S', 'S', 'O', 10000],
  ['S003', 'Suturing of wound, more than 5 cm', 'C', 'S', 'S', 'O', 20000],
  ['S004', 'Wound dressing', 'C', 'S', 'O', 'B', 3000],
  ['S005', 'Removal of foreign body', 'C', 'S', 'S', 'O', 15000],
  ['S006', 'Male circumcision', 'P', 'S', 'S', 'O', 30000, { patientCategory: 1 + 4 + 8 }],
  ['S007', 'Excision of lump (minor)', 'C', 'S', 'S', 'O', 40000],
  ['S008', 'Application of plaster of Paris cast', 'C', 'S', 'S', 'O', 25000],
  ['S009', 'Closed reduction of fracture', 'C', 'S', 'S', 'B', 60000],
  ['S010', 'Manual vacuum aspiration', 'C', 'S', 'S', 'B', 40000, { patientCategory: womenAdult }],
  ['S011', 'Dilatation and curettage', 'C', 'S', 'S', 'I', 80000, { patientCategory: womenAdult }],
  ['S012', 'Appendicectomy', 'C', 'S', 'S', 'I', 350000],
  ['S013', 'Inguinal herniorrhaphy', 'C', 'S', 'S', 'I', 300000],
  ['S014', 'Exploratory laparotomy', 'C', 'S', 'S', 'I', 500000],
  ['S015', 'Cholecystectomy', 'C', 'S', 'S', 'I', 700000],
  ['S016', 'Total abdominal hysterectomy', 'C', 'S', 'S', 'I', 800000, { patientCategory: womenAdult }],
  ['S017', 'Myomectomy', 'C', 'S', 'S', 'I', 700000, { patientCategory: womenAdult }],
  ['S018', 'Salpingectomy for ectopic pregnancy', 'C', 'S', 'S', 'I', 500000, { patientCategory: womenAdult }],
  ['S019', 'Thyroidectomy', 'C', 'S', 'S', 'I', 900000],
  ['S020', 'Prostatectomy', 'C', 'S', 'S', 'I', 1000000, { patientCategory: menAdult }],
  ['S021', 'Hydrocelectomy', 'C', 'S', 'S', 'I', 250000, { patientCategory: 1 + 4 + 8 }],
  ['S022', 'Cataract extraction with lens implant', 'C', 'S', 'S', 'B', 250000],
  ['S023', 'Tonsillectomy', 'C', 'S', 'S', 'I', 300000],
  ['S024', 'Open reduction and internal fixation', 'C', 'S', 'S', 'I', 1200000],
  ['S025', 'Amputation of a limb', 'C', 'S', 'S', 'I', 600000],
  ['S026', 'Split skin graft', 'C', 'S', 'S', 'I', 450000],
  ['S027', 'Tubal ligation', 'P', 'S', 'S', 'B', 60000, { patientCategory: womenAdult }],
  ['S028', 'Vasectomy', 'P', 'S', 'S', 'O', 50000, { patientCategory: menAdult }],
  ['S029', 'Chest tube insertion', 'C', 'S', 'S', 'I', 80000],
  ['S030', 'Spinal anaesthesia', 'C', 'S', 'O', 'I', 60000],
  ['S031', 'General anaesthesia', 'C', 'S', 'O', 'I', 120000],
  ['S032', 'Tooth extraction', 'C', 'S', 'S', 'O', 10000],
  ['S033', 'Tooth filling (amalgam)', 'C', 'S', 'O', 'O', 25000],
  ['S034', 'Scaling and polishing', 'C', 'S', 'O', 'O', 20000, { frequency: 180 }],
  // deliveries
  ['D01', 'Normal delivery', 'C', 'S', 'D', 'I', 50000, { patientCategory: womenAdult }],
  ['D02', 'Assisted delivery (vacuum extraction)', 'C', 'S', 'D', 'I', 80000, { patientCategory: womenAdult }],
  ['D03', 'Breech delivery', 'C', 'S', 'D', 'I', 80000, { patientCategory: womenAdult }],
  ['D04', 'Twin delivery', 'C', 'S', 'D', 'I', 90000, { patientCategory: womenAdult }],
  ['D05', 'Caesarean section', 'C', 'S', 'D', 'I', 450000, { patientCategory: womenAdult }],
  ['D06', 'Repair of perineal tear', 'C', 'S', 'D', 'I', 30000, { patientCategory: womenAdult }],
  ['D07', 'Manual removal of placenta', 'C', 'S', 'D', 'I', 60000, { patientCategory: womenAdult }],
  ['D08', 'Newborn resuscitation', 'C', 'S', 'D', 'I', 30000, { patientCategory: children }],
  // antenatal and postnatal care
  ['A01', 'Antenatal care, first visit', 'P', 'V', 'A', 'O', 5000, { patientCategory: womenAdult }],
  ['A02', 'Antenatal care, follow-up visit', 'P', 'V', 'A', 'O', 3000, { patientCategory: womenAdult, frequency: 28 }],
  ['A03', 'Intermittent preventive treatment in pregnancy (IPTp)', 'P', 'S', 'A', 'O', 1000, { patientCategory: womenAdult, frequency: 28 }],
  ['A04', 'Prevention of mother-to-child transmission counselling', 'P', 'S', 'A', 'O', 0, { patientCategory: womenAdult }],
  ['A05', 'Postnatal care visit, mother', 'P', 'V', 'A', 'O', 3000, { patientCategory: womenAdult }],
  ['A06', 'Postnatal care visit, newborn', 'P', 'V', 'A', 'O', 3000, { patientCategory: children }],
  ['A07', 'Birth preparedness counselling', 'P', 'S', 'A', 'O', 1000, { patientCategory: womenAdult }],
  // hospital stays
  ['H01', 'Admission, general ward, per day', 'C', 'D', 'H', 'I', 15000],
  ['H02', 'Admission, private ward, per day', 'C', 'D', 'H', 'I', 50000],
  ['H03', 'Admission, maternity ward, per day', 'C', 'D', 'H', 'I', 15000, { patientCategory: womenAdult }],
  ['H04', 'Admission, paediatric ward, per day', 'C', 'D', 'H', 'I', 12000, { patientCategory: children }],
  ['H05', 'Admission, intensive care unit, per day', 'C', 'D', 'H', 'I', 250000],
  ['H06', 'Admission, neonatal unit, per day', 'C', 'D', 'H', 'I', 40000, { patientCategory: children }],
  ['H07', 'Observation, up to 24 hours', 'C', 'D', 'H', 'I', 10000],
  ['H08', 'Hospital care, surgical case (per admission)', 'C', 'H', 'H', 'I', 120000],
  ['H09', 'Hospital care, medical case (per admission)', 'C', 'H', 'H', 'I', 80000],
  ['H10', 'Blood transfusion', 'C', 'S', 'O', 'I', 25000],
  // preventive care
  ['P01', 'Child immunisation session', 'P', 'V', 'V', 'O', 0, { patientCategory: children }],
  ['P02', 'Growth monitoring', 'P', 'S', 'O', 'O', 0, { patientCategory: children, frequency: 28 }],
  ['P03', 'Family planning counselling', 'P', 'S', 'O', 'O', 2000],
  ['P04', 'Injectable contraceptive administration', 'P', 'S', 'O', 'O', 2000, { patientCategory: womenAdult, frequency: 84 }],
  ['P05', 'Contraceptive implant insertion', 'P', 'S', 'O', 'O', 10000, { patientCategory: womenAdult, frequency: 1095 }],
  ['P06', 'Contraceptive implant removal', 'P', 'S', 'O', 'O', 8000, { patientCategory: womenAdult }],
  ['P07', 'Intrauterine device insertion', 'P', 'S', 'O', 'O', 10000, { patientCategory: womenAdult, frequency: 1825 }],
  ['P08', 'HIV counselling and testing', 'P', 'S', 'O', 'O', 0],
  ['P09', 'Tetanus toxoid immunisation', 'P', 'S', 'O', 'O', 1000, { frequency: 28 }],
  ['P10', 'Deworming', 'P', 'S', 'O', 'O', 500, { frequency: 90 }],
  ['P11', 'Vitamin A supplementation', 'P', 'S', 'O', 'O', 500, { patientCategory: children, frequency: 180 }],
  ['P12', 'Health check-up, adult', 'P', 'V', 'V', 'O', 20000, { patientCategory: adults, frequency: 365 }],
  // other
  ['O01', 'Ambulance transfer, within the district', 'C', 'S', 'O', 'B', 50000],
  ['O02', 'Ambulance transfer, to the regional hospital', 'C', 'S', 'O', 'B', 150000],
  ['O03', 'Physiotherapy session', 'C', 'S', 'O', 'O', 10000],
  ['O04', 'Nebulisation', 'C', 'S', 'O', 'B', 5000],
  ['O05', 'Injection administration', 'C', 'S', 'O', 'B', 1000],
  ['O06', 'Intravenous infusion administration', 'C', 'S', 'O', 'B', 3000],
  ['O07', 'Oxygen therapy, per day', 'C', 'S', 'O', 'I', 25000],
  ['O08', 'Urinary catheterisation', 'C', 'S', 'O', 'B', 5000],
  ['O09', 'Eye refraction test', 'C', 'S', 'O', 'O', 5000, { frequency: 365 }],
  ['O10', 'Haemodialysis session', 'C', 'S', 'O', 'B', 250000],
  ['O11', 'Medical certificate and report', 'C', 'S', 'O', 'O', 10000],
];

export function demoServices(): DemoService[] {
  return rows.map(([code, name, type, level, category, careType, price, options]) => ({ code, name, type, level, category, careType, price, ...options }));
}

/**
 * Demo packages (domain.md 1.3): P packages are valued as their contents, F fixed-price packages at
 * their own price. Contents name simple services by code and items by name.
 */
export const demoPackages: {
  code: string;
  name: string;
  packageType: 'P' | 'F';
  level: DemoService['level'];
  category: DemoService['category'];
  careType: DemoService['careType'];
  type: DemoService['type'];
  price: number;
  patientCategory?: number;
  services: [string, number][];
  items: [string, number][];
}[] = [
  {
    code: 'K01',
    name: 'Uncomplicated fever package (consultation, test, treatment)',
    packageType: 'P',
    type: 'C',
    level: 'V',
    category: 'C',
    careType: 'O',
    price: 12000,
    services: [
      ['C01', 1],
      ['L001', 1],
    ],
    items: [
      ['Artemether + lumefantrine 20/120 mg tablet, 6x4', 24],
      ['Paracetamol 500 mg tablet', 18],
    ],
  },
  {
    code: 'K02',
    name: 'Normal delivery package',
    packageType: 'P',
    type: 'C',
    level: 'H',
    category: 'D',
    careType: 'I',
    price: 85000,
    patientCategory: 2 + 4,
    services: [
      ['D01', 1],
      ['H03', 2],
      ['A06', 1],
    ],
    items: [
      ['Oxytocin 10 IU/ml injection, 1 ml', 1],
      ['Delivery kit, clean', 1],
      ['Umbilical cord clamp', 1],
      ['Gloves, gynaecological, long', 2],
    ],
  },
  {
    code: 'K03',
    name: 'Caesarean section, fixed price',
    packageType: 'F',
    type: 'C',
    level: 'H',
    category: 'S',
    careType: 'I',
    price: 650000,
    patientCategory: 2 + 4,
    services: [
      ['D05', 1],
      ['S030', 1],
      ['H03', 4],
    ],
    items: [
      ['Ceftriaxone 1 g powder for injection', 3],
      ['Suture, polyglactin 910 2/0, round needle', 2],
      ['Bupivacaine 0.5% heavy spinal injection, 4 ml', 1],
    ],
  },
  {
    code: 'K04',
    name: 'Antenatal first visit package',
    packageType: 'P',
    type: 'P',
    level: 'V',
    category: 'A',
    careType: 'O',
    price: 15000,
    patientCategory: 2 + 4,
    services: [
      ['A01', 1],
      ['L003', 1],
      ['L014', 1],
      ['L017', 1],
      ['L010', 1],
    ],
    items: [['Ferrous sulfate + folic acid 200 mg + 400 microgram tablet', 30]],
  },
  {
    code: 'K05',
    name: 'Male circumcision, fixed price',
    packageType: 'F',
    type: 'P',
    level: 'S',
    category: 'S',
    careType: 'O',
    price: 40000,
    patientCategory: 1 + 4 + 8,
    services: [['S006', 1]],
    items: [
      ['Lidocaine 2% injection, 20 ml', 1],
      ['Suture, chromic catgut 2/0, round needle', 1],
    ],
  },
];
