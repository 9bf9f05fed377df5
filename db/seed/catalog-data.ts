// Static vocabulary of the demo catalogue: a (fictional) bicycle and outdoor retailer.
// Everything here is plain data; db/seed/demo.ts turns it into rows with a seeded generator.
import type { ProductIllustrationKind } from '../../lib/catalog/product-illustration.rules';

// ---------------------------------------------------------------------------------------------
// Categories: three levels; products live in the leaves (depth 3). Slugs are globally unique.

export type CategoryNode = {
  slug: string;
  name: string;
  description: string;
  children?: readonly CategoryNode[];
};

export const CATEGORY_TREE: readonly CategoryNode[] = [
  {
    slug: 'bikes',
    name: 'Bikes',
    description: 'Trekking, mountain, road, gravel, city and kids’ bikes, assembled and adjusted in our workshops.',
    children: [
      {
        slug: 'trekking-bikes',
        name: 'Trekking Bikes',
        description: 'Fully equipped all-rounders for commuting and touring.',
        children: [
          {
            slug: 'men-trekking-bikes',
            name: 'Men’s Trekking Bikes',
            description: 'Diamond-frame trekking bikes with rack, lights and mudguards.',
          },
          {
            slug: 'women-trekking-bikes',
            name: 'Women’s Trekking Bikes',
            description: 'Trekking bikes with women-specific geometry and a lower top tube.',
          },
          {
            slug: 'low-step-trekking-bikes',
            name: 'Low-Step Trekking Bikes',
            description: 'Wave frames that are easy to get on and off, for everyone.',
          },
        ],
      },
      {
        slug: 'mountain-bikes',
        name: 'Mountain Bikes',
        description: 'Hardtails and full-suspension bikes for trails of every kind.',
        children: [
          {
            slug: 'hardtail-mtb',
            name: 'Hardtail Mountain Bikes',
            description: 'Light, efficient and low-maintenance: front suspension only.',
          },
          {
            slug: 'full-suspension-mtb',
            name: 'Full-Suspension Mountain Bikes',
            description: 'Front and rear suspension for technical trails and enduro days.',
          },
        ],
      },
      {
        slug: 'road-gravel-bikes',
        name: 'Road & Gravel Bikes',
        description: 'Drop-bar bikes for speed on tarmac and adventure off it.',
        children: [
          {
            slug: 'road-bikes',
            name: 'Road Bikes',
            description: 'Endurance and race road bikes with aluminium and carbon frames.',
          },
          {
            slug: 'gravel-bikes',
            name: 'Gravel Bikes',
            description: 'Wide tyres, relaxed geometry and mounts for bikepacking.',
          },
        ],
      },
      {
        slug: 'city-kids-bikes',
        name: 'City, Folding & Kids’ Bikes',
        description: 'Everyday bikes for the city, the train and the next generation of riders.',
        children: [
          {
            slug: 'city-bikes',
            name: 'City Bikes',
            description: 'Upright, comfortable and robust bikes with hub gears.',
          },
          {
            slug: 'folding-bikes',
            name: 'Folding Bikes',
            description: 'Compact bikes that fold in seconds for trains, cars and small flats.',
          },
          {
            slug: 'kids-bikes',
            name: 'Kids’ Bikes',
            description: 'Light bikes with 16 to 24 inch wheels that grow with young riders.',
          },
        ],
      },
    ],
  },
  {
    slug: 'e-bikes',
    name: 'E-Bikes',
    description: 'Pedelecs with mid-drive motors for touring, trails, the city and cargo.',
    children: [
      {
        slug: 'e-trekking-bikes',
        name: 'E-Trekking Bikes',
        description: 'Electric touring bikes with long-range batteries.',
        children: [
          {
            slug: 'e-trekking-diamond',
            name: 'E-Trekking Bikes, Diamond Frame',
            description: 'Stiff diamond frames for heavy loads and long tours.',
          },
          {
            slug: 'e-trekking-wave',
            name: 'E-Trekking Bikes, Wave Frame',
            description: 'Low-step e-trekking bikes that are easy to mount.',
          },
        ],
      },
      {
        slug: 'e-mountain-bikes',
        name: 'E-Mountain Bikes',
        description: 'Electric mountain bikes that make every climb a descent.',
        children: [
          {
            slug: 'e-hardtail',
            name: 'E-Hardtails',
            description: 'Electric hardtails for forest tracks and light trails.',
          },
          {
            slug: 'e-full-suspension',
            name: 'E-Full-Suspension Bikes',
            description: 'Full-suspension e-MTBs with powerful motors and big batteries.',
          },
        ],
      },
      {
        slug: 'e-city-cargo',
        name: 'E-City & Cargo Bikes',
        description: 'Electric help for commuting, shopping and the school run.',
        children: [
          {
            slug: 'e-city-bikes',
            name: 'E-City Bikes',
            description: 'Comfortable e-bikes with hub gears and integrated lights.',
          },
          {
            slug: 'e-cargo-bikes',
            name: 'E-Cargo Bikes',
            description: 'Long-tail and front-loader cargo bikes for kids and groceries.',
          },
        ],
      },
    ],
  },
  {
    slug: 'parts-accessories',
    name: 'Bike Parts & Accessories',
    description: 'Everything that makes riding safer, more practical and more fun.',
    children: [
      {
        slug: 'safety-security',
        name: 'Safety & Security',
        description: 'Helmets, lights and locks.',
        children: [
          { slug: 'helmets', name: 'Helmets', description: 'Road, urban, trail and kids’ helmets, many with MIPS.' },
          {
            slug: 'bike-lights',
            name: 'Bike Lights',
            description: 'StVZO-approved front and rear lights, battery and dynamo powered.',
          },
          { slug: 'bike-locks', name: 'Bike Locks', description: 'U-locks, folding locks, chains and frame locks.' },
        ],
      },
      {
        slug: 'bags-transport',
        name: 'Bags & Transport',
        description: 'Panniers, bikepacking bags and bottles.',
        children: [
          {
            slug: 'pannier-bags',
            name: 'Pannier Bags',
            description: 'Rear panniers for commuting and touring, many fully waterproof.',
          },
          {
            slug: 'handlebar-frame-bags',
            name: 'Handlebar & Frame Bags',
            description: 'Bikepacking bags for the bars, the frame and the saddle.',
          },
          {
            slug: 'bottles-cages',
            name: 'Bottles',
            description: 'Drinking bottles, insulated and in stainless steel.',
          },
        ],
      },
      {
        slug: 'parts-wear',
        name: 'Parts & Wear',
        description: 'Replacement parts that wear with every kilometre.',
        children: [
          {
            slug: 'brake-pads',
            name: 'Brake Pads',
            description: 'Disc and rim brake pads in organic and sintered compounds.',
          },
          { slug: 'chains', name: 'Chains', description: 'Chains from 9 to 12 speed.' },
          {
            slug: 'inner-tubes',
            name: 'Inner Tubes',
            description: 'Inner tubes for 16 to 29 inch wheels with Presta, Schrader or Dunlop valves.',
          },
          { slug: 'tyres', name: 'Tyres', description: 'Touring, gravel, trail and winter tyres.' },
        ],
      },
      {
        slug: 'tools-care',
        name: 'Tools & Care',
        description: 'Tools, pumps, lubricants and batteries.',
        children: [
          { slug: 'multi-tools', name: 'Tools', description: 'Multi-tools, tyre levers and workshop tools.' },
          { slug: 'pumps', name: 'Pumps', description: 'Floor pumps, mini pumps and CO2 inflators.' },
          {
            slug: 'chain-lubricants',
            name: 'Chain Oil & Lubricants',
            description: 'Chain oils for dry, wet and all-weather conditions.',
          },
          {
            slug: 'batteries-chargers',
            name: 'Batteries',
            description: 'Batteries for lights, computers and other small devices.',
          },
        ],
      },
    ],
  },
  {
    slug: 'clothing',
    name: 'Clothing',
    description: 'Cycling and outdoor clothing for every season.',
    children: [
      {
        slug: 'cycling-clothing',
        name: 'Cycling Clothing',
        description: 'Jerseys, shorts and rain wear for the bike.',
        children: [
          { slug: 'cycling-jerseys', name: 'Cycling Jerseys', description: 'Breathable jerseys with back pockets.' },
          { slug: 'cycling-shorts', name: 'Cycling Shorts', description: 'Bib shorts, baggies and padded liners.' },
          {
            slug: 'cycling-rain-jackets',
            name: 'Cycling Rain Jackets',
            description: 'Waterproof, breathable jackets cut for the riding position.',
          },
        ],
      },
      {
        slug: 'outdoor-clothing',
        name: 'Outdoor Clothing',
        description: 'Layers for hiking, trekking and everyday wear.',
        children: [
          {
            slug: 'hardshell-jackets',
            name: 'Hardshell Jackets',
            description: 'Fully waterproof shells for wind, rain and snow.',
          },
          {
            slug: 'softshell-jackets',
            name: 'Softshell Jackets',
            description: 'Stretchy, wind-resistant jackets for active days.',
          },
          {
            slug: 'fleece-midlayers',
            name: 'Fleece & Midlayers',
            description: 'Warm layers made of fleece and synthetic insulation.',
          },
        ],
      },
      {
        slug: 'footwear',
        name: 'Footwear',
        description: 'Shoes for the pedals and the trail.',
        children: [
          { slug: 'cycling-shoes', name: 'Cycling Shoes', description: 'Clipless and flat-pedal shoes.' },
          {
            slug: 'hiking-boots',
            name: 'Hiking Boots',
            description: 'Waterproof boots for day hikes and multi-day treks.',
          },
        ],
      },
      {
        slug: 'gloves-headwear',
        name: 'Gloves & Headwear',
        description: 'Gloves, caps and beanies.',
        children: [
          {
            slug: 'cycling-gloves',
            name: 'Cycling Gloves',
            description: 'Short- and full-finger gloves with padded palms.',
          },
          { slug: 'caps-beanies', name: 'Caps & Beanies', description: 'Cycling caps, beanies and helmet liners.' },
        ],
      },
    ],
  },
  {
    slug: 'outdoor-camping',
    name: 'Outdoor & Camping',
    description: 'Tents, sleeping gear, backpacks and camp kitchens.',
    children: [
      {
        slug: 'tents-shelters',
        name: 'Tents',
        description: 'Tents for bikepacking, trekking and family camping.',
        children: [
          { slug: 'trekking-tents', name: 'Trekking Tents', description: 'Light tents for one to three people.' },
          { slug: 'family-tents', name: 'Family Tents', description: 'Spacious tents with separate sleeping cabins.' },
        ],
      },
      {
        slug: 'sleeping',
        name: 'Sleeping',
        description: 'Sleeping bags and mats.',
        children: [
          {
            slug: 'sleeping-bags',
            name: 'Sleeping Bags',
            description: 'Down and synthetic sleeping bags for three seasons.',
          },
          { slug: 'sleeping-mats', name: 'Sleeping Mats', description: 'Self-inflating and air mats.' },
        ],
      },
      {
        slug: 'backpacks',
        name: 'Backpacks',
        description: 'Daypacks, trekking packs and bike backpacks.',
        children: [
          {
            slug: 'daypacks',
            name: 'Daypacks',
            description: 'Backpacks from 15 to 30 litres for day trips and the commute.',
          },
          {
            slug: 'trekking-backpacks',
            name: 'Trekking Backpacks',
            description: 'Adjustable packs from 45 litres for multi-day tours.',
          },
          {
            slug: 'bike-backpacks',
            name: 'Bike Backpacks',
            description: 'Slim backpacks with hydration sleeves for riding.',
          },
        ],
      },
      {
        slug: 'camp-kitchen',
        name: 'Camp Kitchen',
        description: 'Stoves, pots and mugs.',
        children: [
          { slug: 'camping-stoves', name: 'Camping Stoves', description: 'Gas and multi-fuel stoves.' },
          { slug: 'cookware', name: 'Cookware', description: 'Pots, cook sets and insulated mugs.' },
        ],
      },
    ],
  },
  {
    slug: 'service-manuals',
    name: 'Service & Manuals',
    description: 'Printed manuals, guide books and workshop services.',
    children: [
      {
        slug: 'manuals-books',
        name: 'Manuals & Books',
        description: 'Printed owner’s manuals, repair guides and cycle touring guides.',
        children: [
          {
            slug: 'bike-manuals',
            name: 'Bike Manuals',
            description: 'Printed owner’s manuals for our bike and e-bike families.',
          },
          { slug: 'repair-guides', name: 'Repair Guides', description: 'Step-by-step workshop books.' },
          {
            slug: 'cycle-touring-guides',
            name: 'Cycle Touring Guides',
            description: 'Route guides with maps and tips.',
          },
        ],
      },
      {
        slug: 'service-packages',
        name: 'Service Packages',
        description: 'Inspections and bike fitting in our stores.',
        children: [
          { slug: 'bike-inspections', name: 'Inspections', description: 'Annual inspections and suspension services.' },
          {
            slug: 'bike-fitting',
            name: 'Bike Fitting',
            description: 'Professional fitting sessions for comfort and performance.',
          },
        ],
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Brands (all invented).

export type BrandSpec = { slug: string; name: string };

export const BRANDS: readonly BrandSpec[] = [
  { slug: 'havelrad', name: 'Havelrad' },
  { slug: 'nordpedal', name: 'Nordpedal' },
  { slug: 'stahlfalke', name: 'Stahlfalke' },
  { slug: 'brennwald', name: 'Brennwald Cycles' },
  { slug: 'alpenflug', name: 'Alpenflug' },
  { slug: 'kiezrad', name: 'Kiezrad' },
  { slug: 'voltweg', name: 'Voltweg' },
  { slug: 'surrwerk', name: 'Surrwerk' },
  { slug: 'lumara', name: 'Lumara' },
  { slug: 'helmwerk', name: 'Helmwerk' },
  { slug: 'riegelhaus', name: 'Riegelhaus' },
  { slug: 'packwerk', name: 'Packwerk' },
  { slug: 'gleitwerk', name: 'Gleitwerk' },
  { slug: 'luftkern', name: 'Luftkern' },
  { slug: 'schraubwerk', name: 'Schraubwerk' },
  { slug: 'fjellmark', name: 'Fjellmark' },
  { slug: 'nordwand', name: 'Nordwand Outdoor' },
  { slug: 'zeltwerk', name: 'Zeltwerk' },
  { slug: 'trittfest', name: 'Trittfest' },
  { slug: 'kettenblatt-verlag', name: 'Kettenblatt Verlag' },
  { slug: 'velo-outdoor', name: 'Velo & Outdoor' },
];

// ---------------------------------------------------------------------------------------------
// Options, attributes, colours.

export const OPTION_TYPES = [
  { code: 'color', name: 'Colour', position: 0 },
  { code: 'size', name: 'Size', position: 1 },
  { code: 'frameSize', name: 'Frame size', position: 2 },
] as const;

export type SizeOptionCode = 'size' | 'frameSize';

export const ATTRIBUTES = [
  { code: 'material', name: 'Material', unit: null },
  { code: 'weight', name: 'Weight', unit: 'kg' },
  { code: 'wheelSize', name: 'Wheel size', unit: 'in' },
  { code: 'gender', name: 'Gender', unit: null },
  { code: 'waterproof', name: 'Waterproof', unit: null },
  { code: 'modelYear', name: 'Model year', unit: null },
  { code: 'gears', name: 'Gears', unit: null },
  { code: 'suspensionTravel', name: 'Suspension travel', unit: 'mm' },
  { code: 'motor', name: 'Motor', unit: null },
  { code: 'batteryCapacity', name: 'Battery capacity', unit: 'Wh' },
  { code: 'lightOutput', name: 'Light output', unit: 'lx' },
  { code: 'powerSource', name: 'Power source', unit: null },
  { code: 'securityLevel', name: 'Security level', unit: null },
  { code: 'volume', name: 'Volume', unit: 'l' },
  { code: 'valve', name: 'Valve', unit: null },
  { code: 'tyreWidth', name: 'Tyre width', unit: 'mm' },
  { code: 'compatibility', name: 'Compatibility', unit: null },
  { code: 'maxPressure', name: 'Maximum pressure', unit: 'bar' },
  { code: 'biodegradable', name: 'Biodegradable', unit: null },
  { code: 'capacity', name: 'Sleeping places', unit: null },
  { code: 'comfortTemperature', name: 'Comfort temperature', unit: '°C' },
  { code: 'language', name: 'Language', unit: null },
  { code: 'pages', name: 'Pages', unit: null },
  { code: 'duration', name: 'Duration', unit: 'min' },
] as const;

export type AttributeCode = (typeof ATTRIBUTES)[number]['code'];

export const COLORS = [
  { name: 'Petrol', code: 'PE', hue: 188 },
  { name: 'Anthracite', code: 'AN', hue: 210 },
  { name: 'Black', code: 'BK', hue: 225 },
  { name: 'Racing Red', code: 'RD', hue: 2 },
  { name: 'Forest Green', code: 'FG', hue: 140 },
  { name: 'Sand', code: 'SA', hue: 38 },
  { name: 'Ice Blue', code: 'IB', hue: 198 },
  { name: 'Mint', code: 'MT', hue: 158 },
  { name: 'Burgundy', code: 'BU', hue: 342 },
  { name: 'Orange', code: 'OR', hue: 24 },
  { name: 'Olive', code: 'OL', hue: 72 },
  { name: 'Midnight Blue', code: 'MB', hue: 230 },
  { name: 'Pearl White', code: 'PW', hue: 48 },
  { name: 'Silver', code: 'SV', hue: 205 },
  { name: 'Navy', code: 'NV', hue: 220 },
  { name: 'Signal Yellow', code: 'YE', hue: 54 },
  { name: 'Stone Grey', code: 'GY', hue: 30 },
  { name: 'Berry', code: 'BE', hue: 326 },
  { name: 'Sky Blue', code: 'SK', hue: 202 },
  { name: 'Lime', code: 'LI', hue: 88 },
] as const;

export type ColorName = (typeof COLORS)[number]['name'];
export type ColorSpec = (typeof COLORS)[number];

const BIKE_COLORS: readonly ColorName[] = [
  'Petrol',
  'Anthracite',
  'Black',
  'Forest Green',
  'Midnight Blue',
  'Sand',
  'Burgundy',
  'Pearl White',
  'Racing Red',
];
const SPORT_COLORS: readonly ColorName[] = [
  'Black',
  'Racing Red',
  'Lime',
  'Orange',
  'Anthracite',
  'Ice Blue',
  'Olive',
  'Pearl White',
];
const KIDS_COLORS: readonly ColorName[] = ['Racing Red', 'Sky Blue', 'Mint', 'Orange', 'Berry', 'Signal Yellow'];
const ACCESSORY_COLORS: readonly ColorName[] = [
  'Black',
  'Anthracite',
  'Racing Red',
  'Petrol',
  'Olive',
  'Sand',
  'Ice Blue',
  'Orange',
  'Signal Yellow',
];
const CLOTHING_COLORS: readonly ColorName[] = [
  'Black',
  'Navy',
  'Racing Red',
  'Signal Yellow',
  'Olive',
  'Stone Grey',
  'Petrol',
  'Orange',
  'Berry',
  'Sky Blue',
];
const OUTDOOR_COLORS: readonly ColorName[] = [
  'Forest Green',
  'Olive',
  'Sand',
  'Orange',
  'Petrol',
  'Stone Grey',
  'Navy',
  'Racing Red',
];
const HARDWARE_COLORS: readonly ColorName[] = ['Black', 'Silver', 'Anthracite', 'Racing Red'];

/** Bike family names (rivers and low mountain ranges); each family has model tiers and a printed manual. */
export const BIKE_MODELS: readonly string[] = [
  'Alpina',
  'Brenta',
  'Cortina',
  'Dolomit',
  'Elba',
  'Fjord',
  'Garda',
  'Havel',
  'Isar',
  'Jura',
  'Kamm',
  'Lahn',
  'Main',
  'Neckar',
  'Oder',
  'Pfalz',
  'Rhön',
  'Spree',
  'Taunus',
  'Vogelsberg',
  'Weser',
  'Eifel',
  'Harz',
  'Mosel',
  'Saale',
  'Ems',
  'Elster',
  'Ruhr',
  'Wupper',
  'Lech',
  'Iller',
  'Tauber',
  'Fulda',
  'Werra',
  'Aller',
  'Ilm',
  'Sieg',
  'Nahe',
  'Lenne',
  'Kinzig',
  'Murg',
  'Enz',
  'Kocher',
  'Jagst',
  'Brigach',
  'Breg',
  'Altmühl',
  'Regnitz',
];

// ---------------------------------------------------------------------------------------------
// Product lines: one or more per leaf category, each with names, variants, prices and texts.

export type ProductRole =
  | 'bike'
  | 'ebike'
  | 'helmet'
  | 'light'
  | 'lock'
  | 'bag'
  | 'bottle'
  | 'brake-pads'
  | 'chain'
  | 'tube'
  | 'tyre'
  | 'tool'
  | 'pump'
  | 'oil'
  | 'battery'
  | 'apparel'
  | 'rainwear'
  | 'gloves'
  | 'shoe'
  | 'tent'
  | 'sleeping-bag'
  | 'mat'
  | 'backpack'
  | 'stove'
  | 'cookware'
  | 'manual'
  | 'book'
  | 'service';

export type TaxClassCode = 'standard' | 'reduced';

/** Either a list of values to pick from, or an integer range (scaled by 10^decimals). */
export type AttributeSpec = readonly string[] | { min: number; max: number; decimals?: 0 | 1 | 2 };

/** A name template; `{model}` and `{tier}` are filled in. Attribute values may be fixed per template. */
export type NameTemplate = string | { name: string; attrs: Partial<Record<AttributeCode, string>> };

export type PriceEnding =
  | 'bike' // whole euros ending in 49 or 99 (e.g. 1,249.00)
  | 'ebike' // whole euros ending in 99 (e.g. 3,499.00)
  | '99' // x.99
  | '90' // x.90 (books)
  | 'service'; // whole euros ending in 9 (e.g. 89.00)

export type ProductLine = {
  key: string;
  /** Leaf category slug. */
  category: string;
  role: ProductRole;
  kind: ProductIllustrationKind;
  /** Singular label used in image alt texts and descriptions, e.g. "Trekking bike". */
  typeLabel: string;
  /** Products per scale unit; for bikes and e-bikes: model families per scale unit (2-3 tiers each). */
  perScale: number;
  names: readonly NameTemplate[];
  /** Model names for `{model}`; bikes use BIKE_MODELS. */
  models?: readonly string[];
  /** Bikes: model tiers; a family uses 2-3 consecutive tiers. */
  tiers?: readonly string[];
  /** Kids' bikes: the tier is the wheel size. */
  tierIsWheelSize?: boolean;
  brands: readonly string[];
  taxClass?: TaxClassCode;
  colors?: { min: number; max: number; palette: readonly ColorName[] };
  sizeOption?: SizeOptionCode;
  sizeSets?: readonly (readonly string[])[];
  /** Price of a size relative to the base price, in percent (default 100). */
  sizePricePercent?: Readonly<Record<string, number>>;
  /** Price range in whole euros. */
  price: { min: number; max: number; ending: PriceEnding };
  attributes: Readonly<Partial<Record<AttributeCode, AttributeSpec>>>;
  /** Attributes always stored (2-4 are stored in total). */
  requiredAttributes?: readonly AttributeCode[];
  /** First sentence; placeholders: {name} {brand} {type} {colors} {family} and attribute codes. */
  intros: readonly string[];
  /** One or two of these follow the intro. */
  details: readonly string[];
};

const FRAME_CM_MEN = [
  ['50 cm', '55 cm', '60 cm'],
  ['50 cm', '55 cm', '60 cm', '65 cm'],
  ['45 cm', '50 cm', '55 cm', '60 cm', '65 cm'],
] as const;
const FRAME_CM_WOMEN = [
  ['40 cm', '45 cm', '50 cm'],
  ['40 cm', '45 cm', '50 cm', '55 cm'],
  ['38 cm', '42 cm', '46 cm', '50 cm', '54 cm'],
] as const;
const FRAME_LETTERS = [
  ['S', 'M', 'L'],
  ['S', 'M', 'L', 'XL'],
  ['XS', 'S', 'M', 'L', 'XL'],
] as const;
const FRAME_ROAD = [
  ['51 cm', '54 cm', '56 cm', '58 cm'],
  ['49 cm', '52 cm', '54 cm', '56 cm', '58 cm'],
  ['52 cm', '55 cm', '58 cm'],
] as const;
const CLOTHING_SIZES = [
  ['S', 'M', 'L', 'XL', 'XXL'],
  ['XS', 'S', 'M', 'L', 'XL'],
  ['XS', 'S', 'M', 'L', 'XL', 'XXL'],
] as const;
const SHOE_SIZES = [
  ['EU 39', 'EU 40', 'EU 41', 'EU 42', 'EU 43', 'EU 44', 'EU 45', 'EU 46'],
  ['EU 37', 'EU 38', 'EU 39', 'EU 40', 'EU 41', 'EU 42', 'EU 43'],
] as const;
/** Inner tube and tyre sizes; bikes are matched to tubes and tyres by wheel size. */
export const WHEEL_SIZE_SETS = [
  ['16 in', '20 in', '24 in'],
  ['26 in', '27.5 in', '29 in'],
  ['26 in', '28 in'],
  ['27.5 in', '28 in', '29 in'],
  ['20 in', '24 in', '26 in', '27.5 in', '28 in', '29 in'],
] as const;

const MODEL_YEAR = ['2025'] as const;

const TREKKING_DETAILS = [
  'Hydraulic disc brakes deliver reliable stopping power in the wet.',
  'A hub dynamo powers the LED lights, so you are always seen without thinking about batteries.',
  'The rear rack carries up to 25 kg and takes common pannier systems.',
  'Full-length mudguards, a chain guard and a sturdy kickstand make it ready for everyday use.',
  'Puncture-resistant touring tyres roll smoothly on tarmac and gravel paths alike.',
  'A suspension fork and seatpost take the sting out of cobbles and forest tracks.',
];
const MTB_DETAILS = [
  'Modern trail geometry with a slack head angle keeps it calm on steep descents.',
  'Internal cable routing and a dropper post compatible seat tube keep the cockpit tidy.',
  'Tubeless-ready rims let you run lower pressures for more grip.',
  'Four-piston hydraulic disc brakes give plenty of control on long descents.',
  'A wide-range 1x drivetrain makes steep climbs manageable without a front derailleur.',
];
const ROAD_DETAILS = [
  'Clearance for tyres up to 35 mm makes it comfortable on rough country roads.',
  'Hydraulic disc brakes with 160 mm rotors stop reliably in any weather.',
  'Hidden mudguard mounts turn it into a fast all-season commuter.',
  'The endurance geometry keeps you comfortable on rides of 100 km and more.',
  'Thru-axles front and rear make the frame stiff and precise.',
];
const CITY_DETAILS = [
  'The enclosed chain guard keeps trousers clean on the way to the office.',
  'An upright riding position gives you a good view of the traffic.',
  'The integrated frame lock and dynamo lights come fitted as standard.',
  'Low-maintenance hub gears and roller brakes need little more than air in the tyres.',
  'A front carrier takes a basket or a crate of drinks.',
];
const EBIKE_DETAILS = [
  'The battery is integrated in the down tube and can be removed for charging indoors.',
  'A handlebar display shows speed, range and assistance level at a glance.',
  'Four assistance modes and a walk-assist function cover every situation.',
  'The motor responds smoothly to pedal pressure and supports up to 25 km/h.',
  'A 4 A fast charger fills the battery in about four hours.',
  'Hydraulic disc brakes with large rotors are matched to the higher weight and speed.',
];
const APPAREL_DETAILS = [
  'Flat-lock seams prevent chafing on long days.',
  'Reflective details improve visibility at dusk.',
  'The fabric dries quickly and stays fresh thanks to an odour-resistant finish.',
  'It is made from recycled fibres and produced under fair working conditions.',
  'A slim but not tight cut works on and off the bike.',
  'It can be machine-washed at 30 °C.',
];
const OUTDOOR_DETAILS = [
  'It packs down small and fits into a pannier or backpack.',
  'Seams are taped and all materials are PFC-free.',
  'It was tested on multi-day tours in Scandinavia and the Alps.',
  'Repair parts are available for many years, so it will last for a long time.',
];
const ACCESSORY_DETAILS = [
  'Fitting takes a few minutes and needs no special tools.',
  'It comes with a two-year warranty and spare parts are available in our stores.',
  'Our workshop team can fit it for you when you collect your bike.',
  'It has proven itself on thousands of kilometres of daily commuting.',
];

const BIKE_BRANDS = ['havelrad', 'nordpedal', 'stahlfalke', 'brennwald', 'alpenflug', 'kiezrad'] as const;
const EBIKE_BRANDS = ['voltweg', 'surrwerk', 'havelrad', 'brennwald', 'nordpedal'] as const;

export const PRODUCT_LINES: readonly ProductLine[] = [
  // --- Bikes -----------------------------------------------------------------------------------
  {
    key: 'men-trekking',
    category: 'men-trekking-bikes',
    role: 'bike',
    kind: 'bike',
    typeLabel: 'Trekking bike',
    perScale: 4,
    names: ['{model} {tier}'],
    tiers: ['3', '5', '7', '9'],
    brands: BIKE_BRANDS,
    colors: { min: 2, max: 3, palette: BIKE_COLORS },
    sizeOption: 'frameSize',
    sizeSets: FRAME_CM_MEN,
    price: { min: 799, max: 2499, ending: 'bike' },
    attributes: {
      wheelSize: ['28'],
      modelYear: MODEL_YEAR,
      material: ['Aluminium', 'Steel (Cr-Mo)'],
      weight: { min: 145, max: 179, decimals: 1 },
      gears: [
        '24-speed derailleur',
        '27-speed derailleur',
        '10-speed derailleur',
        'Stepless hub gear',
        '14-speed hub gear',
      ],
      gender: ['Men', 'Unisex'],
    },
    requiredAttributes: ['wheelSize', 'modelYear'],
    intros: [
      'The {name} is a touring all-rounder built around a {material} frame and {wheelSize}-inch wheels.',
      '{brand} designed the {name} for the daily commute during the week and long tours at the weekend.',
      'With its relaxed geometry and a {gears}, the {name} covers long distances without fuss.',
    ],
    details: TREKKING_DETAILS,
  },
  {
    key: 'women-trekking',
    category: 'women-trekking-bikes',
    role: 'bike',
    kind: 'bike',
    typeLabel: 'Trekking bike',
    perScale: 3,
    names: ['{model} {tier} Lady'],
    tiers: ['3', '5', '7', '9'],
    brands: BIKE_BRANDS,
    colors: { min: 2, max: 3, palette: BIKE_COLORS },
    sizeOption: 'frameSize',
    sizeSets: FRAME_CM_WOMEN,
    price: { min: 799, max: 2499, ending: 'bike' },
    attributes: {
      wheelSize: ['28'],
      modelYear: MODEL_YEAR,
      material: ['Aluminium', 'Steel (Cr-Mo)'],
      weight: { min: 142, max: 172, decimals: 1 },
      gears: ['24-speed derailleur', '27-speed derailleur', '10-speed derailleur', 'Stepless hub gear'],
      gender: ['Women'],
    },
    requiredAttributes: ['wheelSize', 'modelYear'],
    intros: [
      'The {name} pairs a women-specific {material} frame with a lower top tube and a comfortable saddle.',
      'Shorter reach and narrower handlebars make the {name} a trekking bike that fits from the first ride.',
      '{brand} tuned the {name} for riders who want one bike for commuting and touring.',
    ],
    details: TREKKING_DETAILS,
  },
  {
    key: 'low-step-trekking',
    category: 'low-step-trekking-bikes',
    role: 'bike',
    kind: 'bike',
    typeLabel: 'Low-step trekking bike',
    perScale: 3,
    names: ['{model} {tier} Wave'],
    tiers: ['3', '5', '7'],
    brands: BIKE_BRANDS,
    colors: { min: 2, max: 3, palette: BIKE_COLORS },
    sizeOption: 'frameSize',
    sizeSets: FRAME_CM_WOMEN,
    price: { min: 699, max: 1999, ending: 'bike' },
    attributes: {
      wheelSize: ['28', '26'],
      modelYear: MODEL_YEAR,
      material: ['Aluminium'],
      weight: { min: 158, max: 188, decimals: 1 },
      gears: ['8-speed hub gear', '7-speed hub gear', 'Stepless hub gear', '27-speed derailleur'],
      gender: ['Unisex'],
    },
    requiredAttributes: ['wheelSize', 'modelYear'],
    intros: [
      'The low step-through frame of the {name} makes getting on and off easy, even with a loaded rear rack.',
      'The {name} is the relaxed way to tour: a wave frame, {wheelSize}-inch wheels and a {gears}.',
      'Whether you ride to the market or along the river, the {name} from {brand} is comfortable from the first metre.',
    ],
    details: TREKKING_DETAILS,
  },
  {
    key: 'hardtail',
    category: 'hardtail-mtb',
    role: 'bike',
    kind: 'bike',
    typeLabel: 'Mountain bike',
    perScale: 4,
    names: ['{model} {tier}'],
    tiers: ['HT 3', 'HT 5', 'HT 7', 'HT 9'],
    brands: BIKE_BRANDS,
    colors: { min: 2, max: 3, palette: SPORT_COLORS },
    sizeOption: 'frameSize',
    sizeSets: FRAME_LETTERS,
    price: { min: 699, max: 2499, ending: 'bike' },
    attributes: {
      wheelSize: ['29', '27.5'],
      modelYear: MODEL_YEAR,
      material: ['Aluminium', 'Carbon'],
      weight: { min: 118, max: 148, decimals: 1 },
      gears: ['12-speed 1x drivetrain', '11-speed 1x drivetrain', '10-speed 1x drivetrain'],
      suspensionTravel: ['100', '120', '130'],
    },
    requiredAttributes: ['wheelSize', 'modelYear'],
    intros: [
      'The {name} is a playful hardtail with a {material} frame, {wheelSize}-inch wheels and {suspensionTravel} mm of fork travel.',
      'Climbing efficiency meets confident handling: the {name} is built for forest trails and marathon races.',
      '{brand} kept the {name} simple, light and fast, the way a hardtail should be.',
    ],
    details: MTB_DETAILS,
  },
  {
    key: 'full-suspension',
    category: 'full-suspension-mtb',
    role: 'bike',
    kind: 'bike',
    typeLabel: 'Full-suspension mountain bike',
    perScale: 3,
    names: ['{model} {tier}'],
    tiers: ['FS 5', 'FS 7', 'FS 9'],
    brands: BIKE_BRANDS,
    colors: { min: 2, max: 3, palette: SPORT_COLORS },
    sizeOption: 'frameSize',
    sizeSets: FRAME_LETTERS,
    price: { min: 1999, max: 3999, ending: 'bike' },
    attributes: {
      wheelSize: ['29', '27.5'],
      modelYear: MODEL_YEAR,
      material: ['Aluminium', 'Carbon'],
      weight: { min: 132, max: 162, decimals: 1 },
      gears: ['12-speed 1x drivetrain'],
      suspensionTravel: ['130', '140', '150', '160'],
    },
    requiredAttributes: ['wheelSize', 'modelYear'],
    intros: [
      'With {suspensionTravel} mm of travel front and rear, the {name} handles roots, rocks and drops with ease.',
      'The {name} is a trail bike for long days in the mountains, with a {material} frame and {wheelSize}-inch wheels.',
      '{brand} developed the four-bar suspension of the {name} to stay active under braking and firm when pedalling.',
    ],
    details: MTB_DETAILS,
  },
  {
    key: 'road',
    category: 'road-bikes',
    role: 'bike',
    kind: 'bike',
    typeLabel: 'Road bike',
    perScale: 3,
    names: ['{model} {tier}'],
    tiers: ['R3', 'R5', 'R7', 'R9'],
    brands: BIKE_BRANDS,
    colors: { min: 2, max: 3, palette: SPORT_COLORS },
    sizeOption: 'frameSize',
    sizeSets: FRAME_ROAD,
    price: { min: 999, max: 3999, ending: 'bike' },
    attributes: {
      wheelSize: ['28'],
      modelYear: MODEL_YEAR,
      material: ['Aluminium', 'Carbon'],
      weight: { min: 78, max: 102, decimals: 1 },
      gears: ['2x11 derailleur', '2x12 derailleur', '2x12 electronic shifting'],
    },
    requiredAttributes: ['wheelSize', 'modelYear'],
    intros: [
      'The {name} is an endurance road bike with a {material} frame that is light, stiff and comfortable.',
      'Fast group rides and long solo days: the {name} from {brand} is made for both.',
      'With a {gears} and aerodynamic tube shapes, the {name} turns watts into speed.',
    ],
    details: ROAD_DETAILS,
  },
  {
    key: 'gravel',
    category: 'gravel-bikes',
    role: 'bike',
    kind: 'bike',
    typeLabel: 'Gravel bike',
    perScale: 4,
    names: ['{model} {tier}'],
    tiers: ['G3', 'G5', 'G7'],
    brands: BIKE_BRANDS,
    colors: { min: 2, max: 3, palette: SPORT_COLORS },
    sizeOption: 'frameSize',
    sizeSets: FRAME_LETTERS,
    price: { min: 999, max: 2999, ending: 'bike' },
    attributes: {
      wheelSize: ['28'],
      modelYear: MODEL_YEAR,
      material: ['Aluminium', 'Carbon', 'Steel (Cr-Mo)'],
      weight: { min: 89, max: 112, decimals: 1 },
      gears: ['1x11 drivetrain', '1x12 drivetrain', '2x10 derailleur'],
    },
    requiredAttributes: ['wheelSize', 'modelYear'],
    intros: [
      'The {name} is at home where the tarmac ends: 45 mm tyres, a {material} frame and mounts for bikepacking bags.',
      'From the commute to a week of bikepacking, the {name} by {brand} is ready for any surface.',
      'The {name} combines the speed of a road bike with the comfort and grip needed on gravel.',
    ],
    details: ROAD_DETAILS,
  },
  {
    key: 'city',
    category: 'city-bikes',
    role: 'bike',
    kind: 'bike',
    typeLabel: 'City bike',
    perScale: 3,
    names: ['{model} City {tier}'],
    tiers: ['3', '5', '7', '8'],
    brands: BIKE_BRANDS,
    colors: { min: 2, max: 3, palette: BIKE_COLORS },
    sizeOption: 'frameSize',
    sizeSets: [
      ['45 cm', '50 cm', '55 cm'],
      ['45 cm', '50 cm', '55 cm', '60 cm'],
    ],
    price: { min: 499, max: 1299, ending: 'bike' },
    attributes: {
      wheelSize: ['28', '26'],
      modelYear: MODEL_YEAR,
      material: ['Aluminium', 'Steel (Cr-Mo)'],
      weight: { min: 155, max: 195, decimals: 1 },
      gears: ['3-speed hub gear', '7-speed hub gear', '8-speed hub gear'],
      gender: ['Unisex', 'Women', 'Men'],
    },
    requiredAttributes: ['wheelSize', 'modelYear'],
    intros: [
      'The {name} is a robust city bike with a {gears} and everything you need for the daily ride into town.',
      'Upright, comfortable and low-maintenance: the {name} from {brand} gets you through the city in style.',
      'The {name} brings the classic Dutch-style riding position to a modern {material} frame.',
    ],
    details: CITY_DETAILS,
  },
  {
    key: 'folding',
    category: 'folding-bikes',
    role: 'bike',
    kind: 'bike',
    typeLabel: 'Folding bike',
    perScale: 2,
    names: ['{model} Fold {tier}'],
    tiers: ['3', '7', '9'],
    brands: BIKE_BRANDS,
    colors: { min: 2, max: 3, palette: BIKE_COLORS },
    sizeOption: 'frameSize',
    sizeSets: [['S', 'M', 'L']],
    price: { min: 599, max: 1999, ending: 'bike' },
    attributes: {
      wheelSize: ['20'],
      modelYear: MODEL_YEAR,
      material: ['Aluminium', 'Steel (Cr-Mo)'],
      weight: { min: 108, max: 139, decimals: 1 },
      gears: ['3-speed hub gear', '7-speed derailleur', '9-speed derailleur'],
    },
    requiredAttributes: ['wheelSize', 'modelYear'],
    intros: [
      'The {name} folds in under 20 seconds into a package that fits under a train seat.',
      'With {wheelSize}-inch wheels and a {gears}, the {name} rides like a full-size bike and folds like a suitcase.',
      '{brand} built the {name} for commuters who combine the bike with bus, train and car.',
    ],
    details: CITY_DETAILS,
  },
  {
    key: 'kids',
    category: 'kids-bikes',
    role: 'bike',
    kind: 'bike',
    typeLabel: 'Kids’ bike',
    perScale: 2,
    names: ['{model} {tier}'],
    tiers: ['16', '20', '24'],
    tierIsWheelSize: true,
    brands: ['kiezrad', 'havelrad', 'alpenflug'],
    colors: { min: 2, max: 3, palette: KIDS_COLORS },
    sizeOption: 'frameSize',
    sizeSets: [['XS', 'S', 'M']],
    price: { min: 499, max: 899, ending: 'bike' },
    attributes: {
      modelYear: MODEL_YEAR,
      material: ['Aluminium'],
      weight: { min: 62, max: 98, decimals: 1 },
      gears: ['Single speed', '3-speed hub gear', '8-speed derailleur'],
    },
    requiredAttributes: ['wheelSize', 'modelYear'],
    intros: [
      'The {name} is a light kids’ bike with {wheelSize}-inch wheels and child-sized brake levers.',
      'At just {weight} kg, the {name} is easy for young riders to handle and to lift.',
      '{brand} designed the {name} with a low centre of gravity so that children feel safe from day one.',
    ],
    details: [
      'Short cranks and a narrow bottom bracket make pedalling efficient for small legs.',
      'The saddle and handlebar can be raised as your child grows.',
      'Reflectors and a bell are fitted, so it is road-legal straight away.',
      'Puncture-resistant tyres keep the fun going on gravel and in the park.',
    ],
  },
  // --- E-bikes -----------------------------------------------------------------------------------
  {
    key: 'e-trekking-diamond',
    category: 'e-trekking-diamond',
    role: 'ebike',
    kind: 'ebike',
    typeLabel: 'E-trekking bike',
    perScale: 3,
    names: ['{model} {tier}'],
    tiers: ['E5', 'E7', 'E9'],
    brands: EBIKE_BRANDS,
    colors: { min: 2, max: 3, palette: BIKE_COLORS },
    sizeOption: 'frameSize',
    sizeSets: FRAME_CM_MEN,
    price: { min: 2499, max: 4999, ending: 'ebike' },
    attributes: {
      wheelSize: ['28'],
      modelYear: MODEL_YEAR,
      motor: ['Mid-drive, 85 Nm', 'Mid-drive, 75 Nm', 'Mid-drive, 63 Nm'],
      batteryCapacity: ['500', '625', '750'],
      material: ['Aluminium'],
      weight: { min: 238, max: 279, decimals: 1 },
    },
    requiredAttributes: ['wheelSize', 'modelYear'],
    intros: [
      'The {name} is an e-trekking bike with a {motor} motor and a {batteryCapacity} Wh battery for tours of well over 100 km.',
      'Long tours, heavy luggage, steep climbs: the {name} from {brand} takes them all in its stride.',
      'With its stiff {material} diamond frame, the {name} stays stable even with fully loaded panniers.',
    ],
    details: [...EBIKE_DETAILS, ...TREKKING_DETAILS.slice(0, 3)],
  },
  {
    key: 'e-trekking-wave',
    category: 'e-trekking-wave',
    role: 'ebike',
    kind: 'ebike',
    typeLabel: 'E-trekking bike',
    perScale: 3,
    names: ['{model} {tier} Wave'],
    tiers: ['E5', 'E7', 'E9'],
    brands: EBIKE_BRANDS,
    colors: { min: 2, max: 3, palette: BIKE_COLORS },
    sizeOption: 'frameSize',
    sizeSets: FRAME_CM_WOMEN,
    price: { min: 2499, max: 4499, ending: 'ebike' },
    attributes: {
      wheelSize: ['28', '27.5'],
      modelYear: MODEL_YEAR,
      motor: ['Mid-drive, 75 Nm', 'Mid-drive, 63 Nm'],
      batteryCapacity: ['500', '625'],
      material: ['Aluminium'],
      weight: { min: 242, max: 282, decimals: 1 },
    },
    requiredAttributes: ['wheelSize', 'modelYear'],
    intros: [
      'The {name} combines a low-step wave frame with a {motor} motor for relaxed touring.',
      'Easy to get on, easy to ride: the {name} from {brand} makes every trip a pleasure.',
      'A {batteryCapacity} Wh battery and a {motor} motor make the {name} a reliable companion for everyday life and holidays.',
    ],
    details: [...EBIKE_DETAILS, ...TREKKING_DETAILS.slice(2)],
  },
  {
    key: 'e-hardtail',
    category: 'e-hardtail',
    role: 'ebike',
    kind: 'ebike',
    typeLabel: 'E-mountain bike',
    perScale: 2,
    names: ['{model} {tier}'],
    tiers: ['E-HT 5', 'E-HT 7', 'E-HT 9'],
    brands: EBIKE_BRANDS,
    colors: { min: 2, max: 3, palette: SPORT_COLORS },
    sizeOption: 'frameSize',
    sizeSets: FRAME_LETTERS,
    price: { min: 2499, max: 4499, ending: 'ebike' },
    attributes: {
      wheelSize: ['29', '27.5'],
      modelYear: MODEL_YEAR,
      motor: ['Mid-drive, 85 Nm', 'Mid-drive, 75 Nm'],
      batteryCapacity: ['625', '750'],
      suspensionTravel: ['120', '130'],
      weight: { min: 228, max: 258, decimals: 1 },
    },
    requiredAttributes: ['wheelSize', 'modelYear'],
    intros: [
      'The {name} is an electric hardtail with a {motor} motor and {suspensionTravel} mm of fork travel.',
      'Forest tracks, gravel roads and the occasional trail: the {name} from {brand} climbs everything.',
      'A {batteryCapacity} Wh battery gives the {name} enough range for a full day in the hills.',
    ],
    details: [...EBIKE_DETAILS, ...MTB_DETAILS.slice(2)],
  },
  {
    key: 'e-full-suspension',
    category: 'e-full-suspension',
    role: 'ebike',
    kind: 'ebike',
    typeLabel: 'E-mountain bike',
    perScale: 2,
    names: ['{model} {tier}'],
    tiers: ['E-FS 7', 'E-FS 9', 'E-FS 10'],
    brands: EBIKE_BRANDS,
    colors: { min: 2, max: 3, palette: SPORT_COLORS },
    sizeOption: 'frameSize',
    sizeSets: FRAME_LETTERS,
    price: { min: 3999, max: 5999, ending: 'ebike' },
    attributes: {
      wheelSize: ['29', '27.5'],
      modelYear: MODEL_YEAR,
      motor: ['Mid-drive, 85 Nm', 'Mid-drive, 90 Nm'],
      batteryCapacity: ['750', '800'],
      suspensionTravel: ['140', '150', '160'],
      material: ['Aluminium', 'Carbon'],
    },
    requiredAttributes: ['wheelSize', 'modelYear'],
    intros: [
      'The {name} is a full-suspension e-MTB with {suspensionTravel} mm of travel and a {batteryCapacity} Wh battery.',
      'Uphill flow, downhill fun: the {name} from {brand} is built for big days on technical trails.',
      'A {motor} motor and a {material} frame make the {name} powerful and precise.',
    ],
    details: [...EBIKE_DETAILS, ...MTB_DETAILS],
  },
  {
    key: 'e-city',
    category: 'e-city-bikes',
    role: 'ebike',
    kind: 'ebike',
    typeLabel: 'E-city bike',
    perScale: 4,
    names: ['{model} City {tier}'],
    tiers: ['E3', 'E5', 'E7'],
    brands: EBIKE_BRANDS,
    colors: { min: 2, max: 3, palette: BIKE_COLORS },
    sizeOption: 'frameSize',
    sizeSets: [
      ['45 cm', '50 cm', '55 cm'],
      ['45 cm', '50 cm', '55 cm', '60 cm'],
    ],
    price: { min: 1999, max: 3499, ending: 'ebike' },
    attributes: {
      wheelSize: ['28', '26'],
      modelYear: MODEL_YEAR,
      motor: ['Mid-drive, 50 Nm', 'Mid-drive, 63 Nm', 'Rear hub motor, 45 Nm'],
      batteryCapacity: ['400', '500', '545'],
      gears: ['5-speed hub gear', '7-speed hub gear', 'Stepless hub gear'],
      weight: { min: 235, max: 268, decimals: 1 },
    },
    requiredAttributes: ['wheelSize', 'modelYear'],
    intros: [
      'The {name} is an e-city bike with a quiet {motor} motor and a {gears}.',
      'Arrive at work without breaking a sweat: the {name} from {brand} makes commuting easy.',
      'A {batteryCapacity} Wh battery is enough for a week of commuting with the {name}.',
    ],
    details: [...EBIKE_DETAILS, ...CITY_DETAILS],
  },
  {
    key: 'e-cargo',
    category: 'e-cargo-bikes',
    role: 'ebike',
    kind: 'ebike',
    typeLabel: 'E-cargo bike',
    perScale: 2,
    names: ['{model} Cargo {tier}'],
    tiers: ['2', '3', '4'],
    brands: ['voltweg', 'surrwerk'],
    colors: { min: 2, max: 3, palette: BIKE_COLORS },
    sizeOption: 'frameSize',
    sizeSets: [['S', 'M', 'L']],
    price: { min: 3999, max: 5999, ending: 'ebike' },
    attributes: {
      wheelSize: ['20', '24'],
      modelYear: MODEL_YEAR,
      motor: ['Mid-drive, 85 Nm', 'Mid-drive, 75 Nm'],
      batteryCapacity: ['625', '750', '1250'],
      weight: { min: 345, max: 489, decimals: 1 },
    },
    requiredAttributes: ['wheelSize', 'modelYear'],
    intros: [
      'The {name} carries two children or a week of groceries, supported by a {motor} motor.',
      'Leave the car at home: the {name} from {brand} carries up to 200 kg including the rider.',
      'A low loading platform and a {batteryCapacity} Wh battery make the {name} a true car replacement.',
    ],
    details: [
      ...EBIKE_DETAILS,
      'A rain cover and child seats are available as accessories.',
      'The double-leg kickstand keeps the bike stable while loading.',
    ],
  },
  // --- Parts & accessories -----------------------------------------------------------------------
  {
    key: 'helmets',
    category: 'helmets',
    role: 'helmet',
    kind: 'helmet',
    typeLabel: 'Helmet',
    perScale: 12,
    names: [
      '{model} MIPS Helmet',
      '{model} Urban Helmet',
      '{model} Trail Helmet',
      '{model} Road Helmet',
      '{model} Kids Helmet',
    ],
    models: ['Aero', 'Vento', 'Nimbus', 'Corvus', 'Falke', 'Luchs', 'Orbit', 'Pilot', 'Kompass', 'Boreas'],
    brands: ['helmwerk', 'kiezrad', 'alpenflug'],
    colors: { min: 2, max: 3, palette: ACCESSORY_COLORS },
    sizeOption: 'size',
    sizeSets: [['S', 'M', 'L']],
    price: { min: 39, max: 199, ending: '99' },
    attributes: {
      weight: { min: 24, max: 42, decimals: 2 },
      material: ['In-mould polycarbonate shell with EPS liner', 'ABS hard shell with EPS liner'],
      gender: ['Unisex'],
    },
    intros: [
      'The {name} protects with an in-mould shell and a fit system that adjusts with one hand.',
      'Light, well ventilated and safe: the {name} from {brand} weighs only {weight} kg.',
      'The {name} has a rotational impact protection layer and a removable, washable liner.',
    ],
    details: [
      'Eighteen vents keep your head cool on hot climbs.',
      'An integrated rear light makes you visible in the dark.',
      'The magnetic buckle can be opened and closed with gloves on.',
      'It is tested to EN 1078 and comes with a spare set of pads.',
      ...ACCESSORY_DETAILS,
    ],
  },
  {
    key: 'lights',
    category: 'bike-lights',
    role: 'light',
    kind: 'light',
    typeLabel: 'Bike light',
    perScale: 10,
    names: [
      { name: '{model} 70 Front Light', attrs: { powerSource: 'USB-C rechargeable battery', lightOutput: '70' } },
      { name: '{model} 100 Dynamo Headlight', attrs: { powerSource: 'Hub dynamo', lightOutput: '100' } },
      { name: '{model} Rear Light', attrs: { powerSource: 'AAA batteries' } },
      { name: '{model} 30 Battery Light Set', attrs: { powerSource: 'AA batteries', lightOutput: '30' } },
      { name: '{model} 50 USB Light Set', attrs: { powerSource: 'USB-C rechargeable battery', lightOutput: '50' } },
    ],
    models: ['Blitz', 'Komet', 'Polaris', 'Fackel', 'Sirius', 'Nova', 'Leuchtturm', 'Lichtblick'],
    brands: ['lumara'],
    colors: { min: 1, max: 2, palette: HARDWARE_COLORS },
    price: { min: 14, max: 149, ending: '99' },
    attributes: {
      powerSource: ['USB-C rechargeable battery'],
      waterproof: ['Yes', 'No'],
      weight: { min: 5, max: 19, decimals: 2 },
    },
    requiredAttributes: ['powerSource'],
    intros: [
      'The {name} is approved for road use in Germany (StVZO) and lights up the road without dazzling oncoming traffic.',
      'Bright, compact and easy to fit: the {name} from {brand} runs on {powerSource}.',
      'The {name} switches on automatically when it gets dark and has a standlight for stops at traffic lights.',
    ],
    details: [
      'The tool-free bracket fits handlebars from 22 to 35 mm.',
      'A battery indicator shows when it is time to recharge.',
      ...ACCESSORY_DETAILS,
    ],
  },
  {
    key: 'locks',
    category: 'bike-locks',
    role: 'lock',
    kind: 'lock',
    typeLabel: 'Bike lock',
    perScale: 9,
    names: [
      { name: '{model} U-Lock 13 mm', attrs: { material: 'Hardened steel', securityLevel: '12/15' } },
      { name: '{model} Folding Lock 90 cm', attrs: { material: 'Hardened steel plates', securityLevel: '10/15' } },
      {
        name: '{model} Chain Lock 110 cm',
        attrs: { material: 'Hardened steel chain in a textile sleeve', securityLevel: '15/15' },
      },
      { name: '{model} Cable Lock 180 cm', attrs: { material: 'Braided steel cable', securityLevel: '5/15' } },
      { name: '{model} Frame Lock', attrs: { material: 'Hardened steel', securityLevel: '8/15' } },
    ],
    models: ['Bollwerk', 'Tresor', 'Anker', 'Wächter', 'Fort', 'Zwinger', 'Bastion', 'Riegel'],
    brands: ['riegelhaus'],
    colors: { min: 1, max: 3, palette: ACCESSORY_COLORS },
    price: { min: 19, max: 129, ending: '99' },
    attributes: {
      weight: { min: 45, max: 220, decimals: 2 },
    },
    requiredAttributes: ['securityLevel'],
    intros: [
      'The {name} has a security level of {securityLevel} and comes with two keys and a code card.',
      'Made of {material}, the {name} from {brand} resists bolt cutters and saws.',
      'The {name} is the lock our workshop recommends for everyday parking in the city.',
    ],
    details: [
      'A frame bracket is included, so you never have to carry it in your bag.',
      'The lock cylinder is protected against dirt and picking.',
      'Replacement keys can be ordered with the code card.',
      ...ACCESSORY_DETAILS.slice(0, 2),
    ],
  },
  {
    key: 'panniers',
    category: 'pannier-bags',
    role: 'bag',
    kind: 'bag',
    typeLabel: 'Pannier',
    perScale: 9,
    names: [
      { name: '{model} Pannier 20 L', attrs: { volume: '20' } },
      { name: '{model} Classic Pannier Pair', attrs: { volume: '40' } },
      { name: '{model} Shopper Pannier', attrs: { volume: '18' } },
      { name: '{model} Waterproof Pannier 25 L', attrs: { volume: '25', waterproof: 'Yes' } },
    ],
    models: ['Kiepe', 'Tornister', 'Ranzen', 'Kraxe', 'Lastesel', 'Kombi', 'Voyage', 'Horizont'],
    brands: ['packwerk', 'fjellmark'],
    colors: { min: 1, max: 3, palette: ACCESSORY_COLORS },
    price: { min: 39, max: 169, ending: '99' },
    attributes: {
      waterproof: ['Yes', 'No'],
      material: ['PU-coated polyester', 'Tarpaulin', 'Cordura nylon', 'Waxed canvas'],
      weight: { min: 65, max: 180, decimals: 2 },
    },
    requiredAttributes: ['volume'],
    intros: [
      'The {name} holds {volume} litres and clicks onto the rack in a second.',
      'Made of {material}, the {name} from {brand} survives years of daily commuting.',
      'Groceries, a laptop or camping gear: the {name} carries it all safely on the rack.',
    ],
    details: [
      'The quick-release mounting fits racks with tubes from 8 to 16 mm.',
      'A roll closure keeps out rain and road spray.',
      'Reflective stripes make you visible from the side.',
      'An inner pocket keeps keys and phone organised.',
      ...ACCESSORY_DETAILS.slice(0, 2),
    ],
  },
  {
    key: 'bikepacking-bags',
    category: 'handlebar-frame-bags',
    role: 'bag',
    kind: 'bag',
    typeLabel: 'Bike bag',
    perScale: 7,
    names: [
      { name: '{model} Handlebar Bag 7 L', attrs: { volume: '7' } },
      { name: '{model} Frame Bag 4 L', attrs: { volume: '4' } },
      { name: '{model} Top Tube Bag', attrs: { volume: '1' } },
      { name: '{model} Saddle Bag 12 L', attrs: { volume: '12' } },
    ],
    models: ['Kiepe', 'Tornister', 'Ranzen', 'Kraxe', 'Lastesel', 'Kombi', 'Voyage', 'Horizont'],
    brands: ['packwerk', 'fjellmark'],
    colors: { min: 1, max: 3, palette: ACCESSORY_COLORS },
    price: { min: 19, max: 99, ending: '99' },
    attributes: {
      waterproof: ['Yes', 'No'],
      material: ['PU-coated polyester', 'Cordura nylon', 'Recycled ripstop nylon'],
      weight: { min: 12, max: 55, decimals: 2 },
    },
    requiredAttributes: ['volume'],
    intros: [
      'The {name} holds {volume} litres of gear and attaches with Velcro straps in moments.',
      'Built for bikepacking and daily rides, the {name} from {brand} keeps its shape when half empty.',
      'Snacks, a phone and a rain jacket go into the {name}, right where you can reach them.',
    ],
    details: [
      'A waterproof zip keeps the contents dry.',
      'It works with carbon frames thanks to protective pads at every contact point.',
      ...ACCESSORY_DETAILS.slice(0, 3),
    ],
  },
  {
    key: 'bottles',
    category: 'bottles-cages',
    role: 'bottle',
    kind: 'bottle',
    typeLabel: 'Bottle',
    perScale: 7,
    names: [
      { name: '{model} Bottle 750 ml', attrs: { volume: '0.75', material: 'BPA-free polypropylene' } },
      { name: '{model} Insulated Bottle 500 ml', attrs: { volume: '0.5', material: 'Double-walled polypropylene' } },
      { name: '{model} Stainless Steel Bottle 600 ml', attrs: { volume: '0.6', material: 'Stainless steel' } },
      { name: '{model} Bottle 600 ml', attrs: { volume: '0.6', material: 'BPA-free polypropylene' } },
    ],
    models: ['Quelle', 'Bach', 'Brunnen', 'Oase', 'Tau', 'Fluss'],
    brands: ['packwerk', 'nordwand'],
    colors: { min: 1, max: 3, palette: ACCESSORY_COLORS },
    price: { min: 6, max: 34, ending: '99' },
    attributes: {
      weight: { min: 8, max: 32, decimals: 2 },
    },
    requiredAttributes: ['volume', 'material'],
    intros: [
      'The {name} fits every standard bottle cage and is made of {material}.',
      'Easy to squeeze and easy to clean: the {name} from {brand} holds {volume} litres.',
      'The {name} has a leak-proof valve that opens with your teeth while riding.',
    ],
    details: [
      'It is dishwasher-safe and free of taste.',
      'The wide opening takes ice cubes.',
      ...ACCESSORY_DETAILS.slice(1, 2),
    ],
  },
  {
    key: 'brake-pads',
    category: 'brake-pads',
    role: 'brake-pads',
    kind: 'tool',
    typeLabel: 'Brake pads',
    perScale: 7,
    names: [
      { name: '{model} Disc Brake Pads Organic', attrs: { material: 'Organic resin' } },
      { name: '{model} Disc Brake Pads Sintered', attrs: { material: 'Sintered metal' } },
      { name: '{model} V-Brake Pads', attrs: { material: 'Rubber compound' } },
      { name: '{model} E-Bike Disc Brake Pads', attrs: { material: 'Semi-metallic compound' } },
    ],
    models: ['Stopp', 'Greif', 'Halt', 'Zange', 'Klammer', 'Bremsklotz'],
    brands: ['schraubwerk', 'stahlfalke'],
    price: { min: 9, max: 34, ending: '99' },
    attributes: {
      compatibility: [
        '2-piston hydraulic disc brakes',
        '4-piston hydraulic disc brakes',
        'Rim brakes (V-brakes)',
        'Mechanical disc brakes',
      ],
      weight: { min: 2, max: 6, decimals: 2 },
    },
    requiredAttributes: ['material', 'compatibility'],
    intros: [
      'The {name} are made of {material} for a consistent bite in the dry and in the wet.',
      'Worn pads are a safety risk: the {name} from {brand} restore full braking power.',
      'The {name} fit {compatibility} and come as a pair with a retaining spring.',
    ],
    details: [
      'Check your pads every 1,000 km; replace them when less than 1 mm of lining is left.',
      'Our workshop fits them while you wait.',
      'The backing plate dissipates heat on long descents.',
    ],
  },
  {
    key: 'chains',
    category: 'chains',
    role: 'chain',
    kind: 'tool',
    typeLabel: 'Chain',
    perScale: 5,
    names: ['{model} 9-Speed Chain', '{model} 10-Speed Chain', '{model} 11-Speed Chain', '{model} 12-Speed Chain'],
    models: ['Glied', 'Kettenring', 'Strang', 'Zug', 'Takt'],
    brands: ['schraubwerk', 'stahlfalke'],
    sizeOption: 'size',
    sizeSets: [
      ['114 links', '118 links'],
      ['116 links', '126 links'],
      ['114 links', '118 links', '126 links'],
    ],
    price: { min: 14, max: 59, ending: '99' },
    attributes: {
      material: ['Nickel-plated steel', 'Hardened steel'],
      weight: { min: 24, max: 30, decimals: 2 },
    },
    intros: [
      'The {name} shifts precisely under load and comes with a reusable quick link.',
      'Made of {material}, the {name} from {brand} resists stretching and corrosion.',
      'A fresh chain protects your cassette and chainrings: the {name} is a worthwhile investment.',
    ],
    details: [
      'Replace the chain when it has stretched by 0.5 percent; our stores measure it for free.',
      'It is pre-lubricated and ready to fit.',
      'Hollow pins save weight without compromising strength.',
    ],
  },
  {
    key: 'tubes',
    category: 'inner-tubes',
    role: 'tube',
    kind: 'tube',
    typeLabel: 'Inner tube',
    perScale: 7,
    names: [
      { name: '{model} Inner Tube', attrs: { material: 'Butyl' } },
      { name: '{model} Light Inner Tube', attrs: { material: 'Thin-wall butyl' } },
      { name: '{model} Thorn-Resistant Inner Tube', attrs: { material: 'Reinforced butyl' } },
      { name: '{model} TPU Inner Tube', attrs: { material: 'TPU' } },
    ],
    models: ['Classic', 'Tour', 'Xtra', 'Race', 'Pendler'],
    brands: ['luftkern'],
    sizeOption: 'size',
    sizeSets: WHEEL_SIZE_SETS,
    price: { min: 5, max: 19, ending: '99' },
    attributes: {
      valve: ['Presta', 'Schrader', 'Dunlop'],
      weight: { min: 4, max: 22, decimals: 2 },
    },
    requiredAttributes: ['valve'],
    intros: [
      'The {name} with a {valve} valve is a reliable spare for your tyre size.',
      'Always carry a spare: the {name} from {brand} folds small enough for a saddle bag.',
      'The {name} is made of {material} and holds its pressure for weeks.',
    ],
    details: [
      'Check the size printed on your tyre sidewall before ordering.',
      'The valve core is removable, so you can add sealant.',
      'A puncture repair kit is a good companion to it.',
    ],
  },
  {
    key: 'tyres',
    category: 'tyres',
    role: 'tyre',
    kind: 'tube',
    typeLabel: 'Tyre',
    perScale: 6,
    names: [
      '{model} Touring Tyre',
      '{model} Gravel Tyre',
      '{model} Trail Tyre',
      '{model} Winter Tyre',
      '{model} City Tyre',
    ],
    models: ['Grip', 'Pfad', 'Schotter', 'Asphalt', 'Kralle', 'Spur'],
    brands: ['luftkern', 'stahlfalke'],
    sizeOption: 'size',
    sizeSets: WHEEL_SIZE_SETS,
    price: { min: 19, max: 69, ending: '99' },
    attributes: {
      tyreWidth: ['35', '40', '47', '55', '60'],
      weight: { min: 45, max: 98, decimals: 2 },
    },
    requiredAttributes: ['tyreWidth'],
    intros: [
      'The {name} is {tyreWidth} mm wide and combines low rolling resistance with a puncture protection belt.',
      'Grip when you need it, speed when you want it: the {name} from {brand} is a versatile choice.',
      'The {name} has a reflective sidewall and a compound that stays supple in the cold.',
    ],
    details: [
      'It is e-bike ready up to 50 km/h.',
      'Replace tyres in pairs for a balanced ride.',
      'Our workshop fits new tyres while you wait.',
    ],
  },
  {
    key: 'tools',
    category: 'multi-tools',
    role: 'tool',
    kind: 'tool',
    typeLabel: 'Tool',
    perScale: 5,
    names: [
      '{model} Multi-Tool 14',
      '{model} Multi-Tool 21',
      '{model} Tyre Lever Set',
      '{model} Torque Wrench Set',
      '{model} Chain Tool',
    ],
    models: ['Kompakt', 'Werkbank', 'Allround', 'Profi', 'Tasche'],
    brands: ['schraubwerk'],
    colors: { min: 1, max: 2, palette: HARDWARE_COLORS },
    price: { min: 9, max: 89, ending: '99' },
    attributes: {
      material: ['Chrome vanadium steel', 'Stainless steel and aluminium', 'Fibreglass-reinforced nylon'],
      weight: { min: 4, max: 48, decimals: 2 },
    },
    intros: [
      'The {name} has the tools you need for roadside repairs, made of {material}.',
      'Small enough for a jersey pocket: the {name} from {brand} weighs only {weight} kg.',
      'The {name} is a workshop favourite for quick adjustments on the go.',
    ],
    details: [
      'The bits are laser-marked so you find the right size quickly.',
      'A neoprene pouch protects it in a bag or jersey pocket.',
      ...ACCESSORY_DETAILS.slice(1, 2),
    ],
  },
  {
    key: 'pumps',
    category: 'pumps',
    role: 'pump',
    kind: 'tool',
    typeLabel: 'Pump',
    perScale: 5,
    names: ['{model} Floor Pump', '{model} Mini Pump', '{model} CO2 Inflator', '{model} Shock Pump'],
    models: ['Druck', 'Luftstrom', 'Kompressor', 'Brise', 'Orkan'],
    brands: ['luftkern', 'schraubwerk'],
    colors: { min: 1, max: 2, palette: HARDWARE_COLORS },
    price: { min: 14, max: 79, ending: '99' },
    attributes: {
      maxPressure: { min: 6, max: 16 },
      valve: ['Presta and Schrader', 'Presta, Schrader and Dunlop'],
      weight: { min: 8, max: 160, decimals: 2 },
    },
    requiredAttributes: ['valve'],
    intros: [
      'The {name} inflates tyres up to {maxPressure} bar and works with {valve} valves.',
      'Correct tyre pressure means fewer punctures: the {name} from {brand} makes it easy.',
      'The {name} has a precise gauge and a head that switches valve types automatically.',
    ],
    details: [
      'A bottle-cage mount is included.',
      'The aluminium barrel is light and durable.',
      ...ACCESSORY_DETAILS.slice(1, 2),
    ],
  },
  {
    key: 'chain-oil',
    category: 'chain-lubricants',
    role: 'oil',
    kind: 'oil',
    typeLabel: 'Chain oil',
    perScale: 5,
    names: [
      { name: '{model} Dry Chain Lube', attrs: { biodegradable: 'No' } },
      { name: '{model} Wet Chain Lube', attrs: { biodegradable: 'No' } },
      { name: '{model} Ceramic Chain Oil', attrs: { biodegradable: 'No' } },
      { name: '{model} Bio Chain Oil', attrs: { biodegradable: 'Yes' } },
      { name: '{model} E-Bike Chain Oil', attrs: { biodegradable: 'Yes' } },
    ],
    models: ['Classic', 'Pro', 'Eco', 'Race', 'Allwetter'],
    brands: ['gleitwerk'],
    sizeOption: 'size',
    sizeSets: [
      ['50 ml', '100 ml'],
      ['50 ml', '100 ml', '250 ml'],
    ],
    sizePricePercent: { '50 ml': 100, '100 ml': 160, '250 ml': 320 },
    price: { min: 5, max: 12, ending: '99' },
    attributes: {
      material: ['Synthetic oil', 'Mineral oil', 'Plant-based oil', 'Wax emulsion'],
    },
    requiredAttributes: ['biodegradable'],
    intros: [
      'The {name} keeps your drivetrain running quietly and protects it from rust.',
      'Apply, let it soak in, wipe off: the {name} from {brand} lasts for hundreds of kilometres.',
      'The {name} is based on {material} and repels water and dirt.',
    ],
    details: [
      'A precision nozzle puts the oil exactly where it is needed.',
      'Clean the chain before oiling for the best results.',
      'One bottle is enough for many months of riding.',
    ],
  },
  {
    key: 'batteries',
    category: 'batteries-chargers',
    role: 'battery',
    kind: 'generic',
    typeLabel: 'Batteries',
    perScale: 3,
    names: [
      { name: '{model} Alkaline Batteries', attrs: { material: 'Alkaline' } },
      { name: '{model} Rechargeable NiMH Batteries', attrs: { material: 'Nickel-metal hydride' } },
      { name: '{model} Lithium Batteries', attrs: { material: 'Lithium' } },
    ],
    models: ['Energie', 'Funke', 'Dauer', 'Ausdauer'],
    brands: ['lumara'],
    sizeOption: 'size',
    sizeSets: [
      ['AA (4-pack)', 'AAA (4-pack)'],
      ['AA (4-pack)', 'AAA (4-pack)', 'AA (8-pack)'],
    ],
    sizePricePercent: { 'AA (4-pack)': 100, 'AAA (4-pack)': 100, 'AA (8-pack)': 180 },
    price: { min: 4, max: 14, ending: '99' },
    attributes: {
      weight: { min: 4, max: 12, decimals: 2 },
    },
    requiredAttributes: ['material'],
    intros: [
      'The {name} power bike lights, computers and other small devices reliably.',
      'Long shelf life and no leaking: the {name} from {brand} are made for outdoor use.',
      'The {name} keep their capacity even in cold weather.',
    ],
    details: [
      'Please return used batteries to a collection point; our stores take them back.',
      'They are free of mercury and cadmium.',
    ],
  },
  // --- Clothing ----------------------------------------------------------------------------------
  {
    key: 'jerseys',
    category: 'cycling-jerseys',
    role: 'apparel',
    kind: 'jacket',
    typeLabel: 'Cycling jersey',
    perScale: 11,
    names: [
      '{model} Short-Sleeve Jersey',
      '{model} Long-Sleeve Jersey',
      '{model} Merino Jersey',
      '{model} Trail Jersey',
    ],
    models: ['Tempo', 'Etappe', 'Sprint', 'Kadenz', 'Windschatten', 'Gipfel', 'Bergauf', 'Rückenwind'],
    brands: ['fjellmark', 'nordwand', 'kiezrad'],
    colors: { min: 2, max: 3, palette: CLOTHING_COLORS },
    sizeOption: 'size',
    sizeSets: CLOTHING_SIZES,
    price: { min: 39, max: 119, ending: '99' },
    attributes: {
      material: ['Recycled polyester', 'Merino wool blend', 'Polyester and elastane'],
      gender: ['Men', 'Women', 'Unisex'],
      weight: { min: 11, max: 24, decimals: 2 },
    },
    intros: [
      'The {name} wicks moisture away quickly and has three back pockets for food and a phone.',
      'Made of {material}, the {name} from {brand} feels comfortable from the first to the last kilometre.',
      'The {name} has a full-length zip and a race cut that does not flap in the wind.',
    ],
    details: APPAREL_DETAILS,
  },
  {
    key: 'shorts',
    category: 'cycling-shorts',
    role: 'apparel',
    kind: 'jacket',
    typeLabel: 'Cycling shorts',
    perScale: 10,
    names: ['{model} Bib Shorts', '{model} Baggy Shorts', '{model} Padded Liner Shorts', '{model} Bib Tights'],
    models: ['Tempo', 'Etappe', 'Sprint', 'Kadenz', 'Windschatten', 'Gipfel', 'Bergauf', 'Rückenwind'],
    brands: ['fjellmark', 'nordwand', 'kiezrad'],
    colors: { min: 2, max: 3, palette: CLOTHING_COLORS },
    sizeOption: 'size',
    sizeSets: CLOTHING_SIZES,
    price: { min: 49, max: 149, ending: '99' },
    attributes: {
      material: ['Polyamide and elastane', 'Recycled polyamide', 'Stretch nylon'],
      gender: ['Men', 'Women'],
      weight: { min: 14, max: 28, decimals: 2 },
    },
    intros: [
      'The {name} have a multi-density chamois that stays comfortable on long rides.',
      'Compression where it helps, freedom where you need it: the {name} from {brand} fit like a second skin.',
      'The {name} are made of {material} and have silicone leg grippers that stay in place.',
    ],
    details: APPAREL_DETAILS,
  },
  {
    key: 'rain-jackets',
    category: 'cycling-rain-jackets',
    role: 'rainwear',
    kind: 'jacket',
    typeLabel: 'Rain jacket',
    perScale: 9,
    names: ['{model} Rain Jacket', '{model} Packable Rain Jacket', '{model} Commuter Rain Jacket'],
    models: ['Regenbogen', 'Schauer', 'Nordwest', 'Sturm', 'Wolke', 'Gischt'],
    brands: ['fjellmark', 'nordwand'],
    colors: { min: 2, max: 3, palette: CLOTHING_COLORS },
    sizeOption: 'size',
    sizeSets: CLOTHING_SIZES,
    price: { min: 79, max: 249, ending: '99' },
    attributes: {
      waterproof: ['Yes'],
      material: ['3-layer laminate', '2.5-layer laminate', 'Recycled polyamide with PU membrane'],
      gender: ['Men', 'Women', 'Unisex'],
      weight: { min: 16, max: 38, decimals: 2 },
    },
    requiredAttributes: ['waterproof'],
    intros: [
      'The {name} keeps you dry with a {material} and taped seams.',
      'Cut for the riding position with a long back, the {name} from {brand} keeps road spray out.',
      'The {name} packs into its own pocket and weighs just {weight} kg.',
    ],
    details: [
      'Underarm vents let heat escape on climbs.',
      'The hood fits under a helmet.',
      ...APPAREL_DETAILS.slice(1, 4),
    ],
  },
  {
    key: 'hardshells',
    category: 'hardshell-jackets',
    role: 'rainwear',
    kind: 'jacket',
    typeLabel: 'Hardshell jacket',
    perScale: 9,
    names: ['{model} Hardshell Jacket', '{model} 3L Jacket', '{model} Alpine Shell Jacket'],
    models: ['Grat', 'Firn', 'Kar', 'Joch', 'Scharte', 'Wand'],
    brands: ['nordwand', 'fjellmark'],
    colors: { min: 2, max: 3, palette: OUTDOOR_COLORS },
    sizeOption: 'size',
    sizeSets: CLOTHING_SIZES,
    price: { min: 149, max: 399, ending: '99' },
    attributes: {
      waterproof: ['Yes'],
      material: ['3-layer laminate', 'Recycled polyamide with ePE membrane'],
      gender: ['Men', 'Women'],
      weight: { min: 32, max: 54, decimals: 2 },
    },
    requiredAttributes: ['waterproof'],
    intros: [
      'The {name} is a fully waterproof shell made of {material} for wind, rain and snow.',
      'Built for alpine tours, the {name} from {brand} has a helmet-compatible hood and pit zips.',
      'The {name} is tough enough for scrambles and light enough to carry all day.',
    ],
    details: [...OUTDOOR_DETAILS, ...APPAREL_DETAILS.slice(2, 4)],
  },
  {
    key: 'softshells',
    category: 'softshell-jackets',
    role: 'apparel',
    kind: 'jacket',
    typeLabel: 'Softshell jacket',
    perScale: 8,
    names: ['{model} Softshell Jacket', '{model} Hybrid Softshell', '{model} Softshell Hoody'],
    models: ['Grat', 'Firn', 'Kar', 'Joch', 'Scharte', 'Wand'],
    brands: ['nordwand', 'fjellmark'],
    colors: { min: 2, max: 3, palette: OUTDOOR_COLORS },
    sizeOption: 'size',
    sizeSets: CLOTHING_SIZES,
    price: { min: 89, max: 229, ending: '99' },
    attributes: {
      waterproof: ['No'],
      material: ['Stretch polyamide', 'Recycled polyester with membrane'],
      gender: ['Men', 'Women'],
    },
    intros: [
      'The {name} blocks the wind, breathes well and stretches with every move.',
      'From ski touring to autumn rides, the {name} from {brand} is a versatile outer layer.',
      'The {name} is made of {material} with a water-repellent finish.',
    ],
    details: [...OUTDOOR_DETAILS.slice(0, 2), ...APPAREL_DETAILS],
  },
  {
    key: 'fleece',
    category: 'fleece-midlayers',
    role: 'apparel',
    kind: 'jacket',
    typeLabel: 'Midlayer',
    perScale: 8,
    names: [
      '{model} Fleece Jacket',
      '{model} Grid Fleece Hoody',
      '{model} Insulated Vest',
      '{model} Synthetic Insulation Jacket',
    ],
    models: ['Kamin', 'Glut', 'Flamme', 'Wärme', 'Ofen'],
    brands: ['nordwand', 'fjellmark'],
    colors: { min: 2, max: 3, palette: OUTDOOR_COLORS },
    sizeOption: 'size',
    sizeSets: CLOTHING_SIZES,
    price: { min: 49, max: 179, ending: '99' },
    attributes: {
      material: ['Recycled polyester fleece', 'Grid fleece', 'Synthetic insulation'],
      gender: ['Men', 'Women', 'Unisex'],
      weight: { min: 22, max: 48, decimals: 2 },
    },
    intros: [
      'The {name} is a warm layer of {material} that breathes during activity.',
      'Worn alone or under a shell, the {name} from {brand} keeps you warm from autumn to spring.',
      'The {name} is soft, light and packs down small.',
    ],
    details: [...OUTDOOR_DETAILS.slice(0, 1), ...APPAREL_DETAILS],
  },
  {
    key: 'cycling-shoes',
    category: 'cycling-shoes',
    role: 'shoe',
    kind: 'shoe',
    typeLabel: 'Cycling shoe',
    perScale: 8,
    names: ['{model} Road Shoe', '{model} MTB Shoe', '{model} Flat Pedal Shoe', '{model} Touring Shoe'],
    models: ['Tritt', 'Pedal', 'Kurbel', 'Sohle', 'Klick'],
    brands: ['trittfest'],
    colors: { min: 1, max: 3, palette: SPORT_COLORS },
    sizeOption: 'size',
    sizeSets: SHOE_SIZES,
    price: { min: 79, max: 249, ending: '99' },
    attributes: {
      material: [
        'Synthetic upper with nylon sole',
        'Microfibre upper with carbon sole',
        'Suede upper with rubber sole',
      ],
      gender: ['Men', 'Women', 'Unisex'],
      weight: { min: 52, max: 86, decimals: 2 },
    },
    intros: [
      'The {name} transfers power efficiently thanks to a stiff sole.',
      'Comfortable on the bike and walkable off it: the {name} from {brand} is made for long days.',
      'The {name} has a {material} and a dial closure that adjusts in small steps.',
    ],
    details: ['Cleats are sold separately and fitted free of charge in our stores.', ...APPAREL_DETAILS.slice(1, 4)],
  },
  {
    key: 'hiking-boots',
    category: 'hiking-boots',
    role: 'shoe',
    kind: 'shoe',
    typeLabel: 'Hiking boot',
    perScale: 8,
    names: ['{model} Mid GTX Boot', '{model} Trekking Boot', '{model} Hiking Shoe Low'],
    models: ['Pfad', 'Steig', 'Höhenweg', 'Alm', 'Fels'],
    brands: ['trittfest', 'nordwand'],
    colors: { min: 1, max: 3, palette: OUTDOOR_COLORS },
    sizeOption: 'size',
    sizeSets: SHOE_SIZES,
    price: { min: 99, max: 249, ending: '99' },
    attributes: {
      waterproof: ['Yes', 'No'],
      material: ['Nubuck leather', 'Suede and textile', 'Synthetic textile'],
      gender: ['Men', 'Women'],
      weight: { min: 78, max: 142, decimals: 2 },
    },
    intros: [
      'The {name} gives your ankles support on rocky paths and grips on wet ground.',
      'Broken in after a few kilometres, the {name} from {brand} stays comfortable for years.',
      'The {name} has a {material} upper and a shock-absorbing midsole.',
    ],
    details: [...OUTDOOR_DETAILS.slice(2, 4), 'The outsole can be resoled by a cobbler.'],
  },
  {
    key: 'gloves',
    category: 'cycling-gloves',
    role: 'gloves',
    kind: 'generic',
    typeLabel: 'Gloves',
    perScale: 6,
    names: [
      '{model} Short-Finger Gloves',
      '{model} Full-Finger Gloves',
      '{model} Winter Gloves',
      '{model} Trail Gloves',
    ],
    models: ['Griff', 'Faust', 'Hand', 'Halt'],
    brands: ['fjellmark', 'kiezrad'],
    colors: { min: 1, max: 2, palette: CLOTHING_COLORS },
    sizeOption: 'size',
    sizeSets: [
      ['S', 'M', 'L', 'XL'],
      ['XS', 'S', 'M', 'L', 'XL'],
    ],
    price: { min: 19, max: 59, ending: '99' },
    attributes: {
      material: ['Synthetic leather palm', 'Goatskin palm', 'Softshell with fleece lining'],
      gender: ['Unisex'],
      waterproof: ['Yes', 'No'],
    },
    intros: [
      'The {name} have gel padding in the palm that reduces numbness on long rides.',
      'Grip and control in every weather: the {name} from {brand} have touchscreen-compatible fingertips.',
      'The {name} have a {material} and a terry thumb for wiping your nose.',
    ],
    details: APPAREL_DETAILS.slice(1, 4),
  },
  {
    key: 'caps',
    category: 'caps-beanies',
    role: 'apparel',
    kind: 'generic',
    typeLabel: 'Cap',
    perScale: 4,
    names: ['{model} Cycling Cap', '{model} Merino Beanie', '{model} Helmet Liner Cap'],
    models: ['Griff', 'Kopf', 'Mütze', 'Schirm'],
    brands: ['fjellmark', 'kiezrad'],
    colors: { min: 2, max: 3, palette: CLOTHING_COLORS },
    price: { min: 14, max: 34, ending: '99' },
    attributes: {
      material: ['Cotton', 'Merino wool', 'Recycled polyester'],
      gender: ['Unisex'],
    },
    intros: [
      'The {name} fits under any helmet and keeps sun and rain out of your eyes.',
      'Made of {material}, the {name} from {brand} is a classic for every ride.',
      'The {name} is one size fits most and stretches comfortably.',
    ],
    details: APPAREL_DETAILS.slice(2),
  },
  // --- Outdoor & camping -------------------------------------------------------------------------
  {
    key: 'trekking-tents',
    category: 'trekking-tents',
    role: 'tent',
    kind: 'tent',
    typeLabel: 'Tent',
    perScale: 4,
    names: [
      { name: '{model} 1 Ultralight Tent', attrs: { capacity: '1' } },
      { name: '{model} 2 Tunnel Tent', attrs: { capacity: '2' } },
      { name: '{model} 2 Dome Tent', attrs: { capacity: '2' } },
      { name: '{model} 3 Tunnel Tent', attrs: { capacity: '3' } },
    ],
    models: ['Biwak', 'Lager', 'Rast', 'Nordlicht', 'Fjell', 'Hütte'],
    brands: ['zeltwerk'],
    colors: { min: 1, max: 2, palette: OUTDOOR_COLORS },
    price: { min: 149, max: 499, ending: '99' },
    attributes: {
      weight: { min: 9, max: 32, decimals: 1 },
      material: ['Silicone-coated ripstop nylon', 'Polyester with PU coating'],
      waterproof: ['Yes'],
    },
    requiredAttributes: ['capacity'],
    intros: [
      'The {name} sleeps {capacity} and pitches outer and inner tent together in minutes.',
      'Light enough for bikepacking and stable in the wind: the {name} from {brand} weighs {weight} kg.',
      'The {name} is made of {material} with aluminium poles.',
    ],
    details: ['Two vestibules give room for panniers and boots.', ...OUTDOOR_DETAILS],
  },
  {
    key: 'family-tents',
    category: 'family-tents',
    role: 'tent',
    kind: 'tent',
    typeLabel: 'Family tent',
    perScale: 3,
    names: [
      { name: '{model} 4 Family Tent', attrs: { capacity: '4' } },
      { name: '{model} 5 Tunnel Tent', attrs: { capacity: '5' } },
      { name: '{model} 6 Air Tent', attrs: { capacity: '6' } },
    ],
    models: ['Sommer', 'Heimat', 'Sippe', 'Feriendorf', 'Zeltplatz'],
    brands: ['zeltwerk'],
    colors: { min: 1, max: 2, palette: OUTDOOR_COLORS },
    price: { min: 249, max: 699, ending: '99' },
    attributes: {
      weight: { min: 95, max: 240, decimals: 1 },
      material: ['Polyester with PU coating', 'Polycotton'],
      waterproof: ['Yes'],
    },
    requiredAttributes: ['capacity'],
    intros: [
      'The {name} sleeps {capacity} in darkened cabins and has a living area you can stand up in.',
      'Camping holidays with the whole family: the {name} from {brand} has room for everyone.',
      'The {name} is made of {material} and stays cool in the morning sun.',
    ],
    details: ['A sewn-in groundsheet keeps out draughts and insects.', ...OUTDOOR_DETAILS.slice(1)],
  },
  {
    key: 'sleeping-bags',
    category: 'sleeping-bags',
    role: 'sleeping-bag',
    kind: 'sleeping-bag',
    typeLabel: 'Sleeping bag',
    perScale: 5,
    names: ['{model} Down 700', '{model} Synthetic 3-Season', '{model} Summer Sleeping Bag', '{model} Down 500'],
    models: ['Traum', 'Schlummer', 'Kokon', 'Nachtruhe', 'Polar'],
    brands: ['zeltwerk', 'fjellmark'],
    colors: { min: 1, max: 2, palette: OUTDOOR_COLORS },
    sizeOption: 'size',
    sizeSets: [['Regular', 'Long']],
    price: { min: 79, max: 349, ending: '99' },
    attributes: {
      comfortTemperature: { min: -8, max: 12 },
      material: ['Responsibly sourced down', 'Synthetic fibre'],
      weight: { min: 7, max: 16, decimals: 1 },
    },
    requiredAttributes: ['comfortTemperature'],
    intros: [
      'The {name} keeps you comfortable down to {comfortTemperature} °C.',
      'The mummy cut of the {name} from {brand} keeps the warmth where it belongs.',
      'Filled with {material}, the {name} packs down small and lofts quickly.',
    ],
    details: ['A draught collar and a two-way zip let you regulate the temperature.', ...OUTDOOR_DETAILS],
  },
  {
    key: 'sleeping-mats',
    category: 'sleeping-mats',
    role: 'mat',
    kind: 'sleeping-bag',
    typeLabel: 'Sleeping mat',
    perScale: 4,
    names: ['{model} Self-Inflating Mat', '{model} Air Mat', '{model} Foam Mat'],
    models: ['Traum', 'Schlummer', 'Kokon', 'Nachtruhe', 'Polar'],
    brands: ['zeltwerk'],
    colors: { min: 1, max: 2, palette: OUTDOOR_COLORS },
    sizeOption: 'size',
    sizeSets: [
      ['Regular', 'Large'],
      ['Regular', 'Wide'],
    ],
    price: { min: 39, max: 149, ending: '99' },
    attributes: {
      weight: { min: 4, max: 14, decimals: 1 },
      material: ['Polyester with TPU coating', 'Closed-cell foam'],
    },
    intros: [
      'The {name} insulates from the cold ground and weighs only {weight} kg.',
      'A good night’s sleep on the trail: the {name} from {brand} is comfortable even for side sleepers.',
      'The {name} is made of {material} and rolls up small.',
    ],
    details: ['A repair kit and a stuff sack are included.', ...OUTDOOR_DETAILS.slice(0, 3)],
  },
  {
    key: 'daypacks',
    category: 'daypacks',
    role: 'backpack',
    kind: 'backpack',
    typeLabel: 'Daypack',
    perScale: 5,
    names: [
      { name: '{model} 20', attrs: { volume: '20' } },
      { name: '{model} 25', attrs: { volume: '25' } },
      { name: '{model} 30', attrs: { volume: '30' } },
      { name: '{model} Commuter 18', attrs: { volume: '18' } },
    ],
    models: ['Wanderer', 'Tagestour', 'Gipfelsturm', 'Stadtbummel', 'Ausflug'],
    brands: ['nordwand', 'fjellmark', 'packwerk'],
    colors: { min: 1, max: 3, palette: OUTDOOR_COLORS },
    price: { min: 39, max: 129, ending: '99' },
    attributes: {
      material: ['Recycled polyamide', 'Cordura nylon', 'Waxed canvas'],
      weight: { min: 5, max: 12, decimals: 1 },
    },
    requiredAttributes: ['volume'],
    intros: [
      'The {name} holds {volume} litres and has a ventilated back panel for warm days.',
      'For day hikes and the office: the {name} from {brand} carries everything comfortably.',
      'The {name} is made of {material} and has a padded laptop sleeve.',
    ],
    details: [
      'Side pockets take bottles up to one litre.',
      'A rain cover is stowed in the base.',
      ...OUTDOOR_DETAILS.slice(0, 2),
    ],
  },
  {
    key: 'trekking-backpacks',
    category: 'trekking-backpacks',
    role: 'backpack',
    kind: 'backpack',
    typeLabel: 'Trekking backpack',
    perScale: 5,
    names: [
      { name: '{model} 45+10', attrs: { volume: '55' } },
      { name: '{model} 55+10', attrs: { volume: '65' } },
      { name: '{model} 65+15', attrs: { volume: '80' } },
    ],
    models: ['Fernweh', 'Weitwanderer', 'Expedition', 'Nordkap', 'Höhenweg'],
    brands: ['nordwand', 'fjellmark'],
    colors: { min: 1, max: 2, palette: OUTDOOR_COLORS },
    sizeOption: 'size',
    sizeSets: [['S/M', 'M/L']],
    price: { min: 129, max: 279, ending: '99' },
    attributes: {
      material: ['Recycled polyamide', 'Ripstop nylon'],
      gender: ['Men', 'Women'],
      weight: { min: 16, max: 26, decimals: 1 },
    },
    requiredAttributes: ['volume'],
    intros: [
      'The {name} carries heavy loads comfortably thanks to an adjustable back system and a padded hip belt.',
      'Multi-day tours and long-distance trails: the {name} from {brand} has room for {volume} litres.',
      'The {name} opens from the top and the front, so you reach everything quickly.',
    ],
    details: OUTDOOR_DETAILS,
  },
  {
    key: 'bike-backpacks',
    category: 'bike-backpacks',
    role: 'backpack',
    kind: 'backpack',
    typeLabel: 'Bike backpack',
    perScale: 4,
    names: [
      { name: '{model} Bike 12', attrs: { volume: '12' } },
      { name: '{model} Bike 18', attrs: { volume: '18' } },
      { name: '{model} Hydration 10', attrs: { volume: '10' } },
    ],
    models: ['Trail', 'Singletrail', 'Flow', 'Enduro'],
    brands: ['packwerk', 'fjellmark'],
    colors: { min: 1, max: 3, palette: SPORT_COLORS },
    price: { min: 59, max: 149, ending: '99' },
    attributes: {
      material: ['Recycled polyamide', 'Ripstop nylon'],
      weight: { min: 5, max: 11, decimals: 1 },
    },
    requiredAttributes: ['volume'],
    intros: [
      'The {name} sits close to the body and does not move on rough trails.',
      'Tools, a jacket and water for the whole ride: the {name} from {brand} holds {volume} litres.',
      'The {name} has a hydration sleeve and a helmet holder.',
    ],
    details: ['A tool roll keeps spares organised.', ...OUTDOOR_DETAILS.slice(0, 2)],
  },
  {
    key: 'stoves',
    category: 'camping-stoves',
    role: 'stove',
    kind: 'generic',
    typeLabel: 'Camping stove',
    perScale: 3,
    names: ['{model} Gas Stove', '{model} Multi-Fuel Stove', '{model} Stove System 1 L'],
    models: ['Feuer', 'Glut', 'Kocher', 'Lagerfeuer'],
    brands: ['zeltwerk'],
    price: { min: 39, max: 179, ending: '99' },
    attributes: {
      weight: { min: 1, max: 6, decimals: 1 },
      material: ['Stainless steel', 'Aluminium'],
    },
    intros: [
      'The {name} boils a litre of water in about four minutes.',
      'Reliable even at altitude: the {name} from {brand} is made of {material}.',
      'The {name} has a piezo igniter and a wind shield.',
    ],
    details: ['Fuel is available in all our stores.', ...OUTDOOR_DETAILS.slice(0, 1), ...OUTDOOR_DETAILS.slice(3)],
  },
  {
    key: 'cookware',
    category: 'cookware',
    role: 'cookware',
    kind: 'bottle',
    typeLabel: 'Cookware',
    perScale: 4,
    names: ['{model} Titanium Pot 750 ml', '{model} Cook Set 2 Persons', '{model} Insulated Mug', '{model} Pan 20 cm'],
    models: ['Feuer', 'Glut', 'Kocher', 'Lagerfeuer'],
    brands: ['zeltwerk'],
    colors: { min: 1, max: 2, palette: OUTDOOR_COLORS },
    price: { min: 14, max: 89, ending: '99' },
    attributes: {
      material: ['Titanium', 'Hard-anodised aluminium', 'Stainless steel'],
      weight: { min: 1, max: 6, decimals: 1 },
    },
    intros: [
      'The {name} is made of {material} and nests with a gas canister inside.',
      'Cook, eat, wash up: the {name} from {brand} is made for life outdoors.',
      'The {name} has folding handles and a lid with a strainer.',
    ],
    details: OUTDOOR_DETAILS,
  },
  // --- Service & manuals -------------------------------------------------------------------------
  {
    // Generated per bike family, not per scale unit (see demo.ts): one printed manual per family.
    key: 'bike-manuals',
    category: 'bike-manuals',
    role: 'manual',
    kind: 'manual',
    typeLabel: 'Printed manual',
    perScale: 0,
    names: ['{model} Series Owner’s Manual (Print Edition)'],
    brands: [],
    taxClass: 'reduced',
    price: { min: 9, max: 19, ending: '90' },
    attributes: {
      language: ['English', 'German'],
      pages: { min: 48, max: 136 },
    },
    requiredAttributes: ['language', 'pages'],
    intros: [
      'The printed owner’s manual for all {family} models from {brand}, with {pages} pages.',
      'Everything you need to know about your {brand} {family}: setup, care and maintenance, printed on {pages} pages.',
    ],
    details: [
      'It covers adjustment of saddle and handlebar, tyre pressures, brake checks and the service schedule.',
      'Torque values and wear limits for every component are listed in a handy table.',
      'A copy comes with every new bike; this is a replacement or a gift for a second owner.',
    ],
  },
  {
    key: 'repair-guides',
    category: 'repair-guides',
    role: 'book',
    kind: 'manual',
    typeLabel: 'Book',
    perScale: 3,
    names: [
      'The Bike Repair Handbook',
      'The E-Bike Workshop Manual',
      'Wheel Building Step by Step',
      'Roadside Repairs Pocket Guide',
      'Maintaining Hydraulic Disc Brakes',
    ],
    brands: ['kettenblatt-verlag'],
    taxClass: 'reduced',
    price: { min: 14, max: 34, ending: '90' },
    attributes: {
      language: ['English', 'German'],
      pages: { min: 96, max: 320 },
    },
    requiredAttributes: ['language', 'pages'],
    intros: [
      '{name} explains repairs from fixing a puncture to servicing a hub, on {pages} pages.',
      'Written by workshop professionals, {name} is the reference for home mechanics.',
    ],
    details: [
      'Step-by-step photos show every repair.',
      'The spiral binding lets the book lie flat on the workbench.',
      'It includes a tool list and a glossary of technical terms.',
    ],
  },
  {
    key: 'touring-guides',
    category: 'cycle-touring-guides',
    role: 'book',
    kind: 'manual',
    typeLabel: 'Book',
    perScale: 3,
    names: ['Cycle Touring Along the {model}', 'The {model} Cycle Route', 'Bikepacking Routes: {model}'],
    models: ['Elbe', 'Danube', 'Weser', 'Moselle', 'Rhine', 'Baltic Coast', 'Lake Constance', 'Main'],
    brands: ['kettenblatt-verlag'],
    taxClass: 'reduced',
    price: { min: 12, max: 24, ending: '90' },
    attributes: {
      language: ['English', 'German'],
      pages: { min: 96, max: 240 },
    },
    requiredAttributes: ['language', 'pages'],
    intros: [
      '{name} describes the route in daily stages with maps at 1:75,000.',
      'Where to sleep, where to eat, what to see: {name} has it all on {pages} pages.',
    ],
    details: [
      'GPX tracks for every stage can be downloaded with a code in the book.',
      'The water-resistant cover survives a rainy day in the handlebar bag.',
      'Elevation profiles help you plan the daily distances.',
    ],
  },
  {
    key: 'inspections',
    category: 'bike-inspections',
    role: 'service',
    kind: 'tool',
    typeLabel: 'Service package',
    perScale: 2,
    names: ['Annual Inspection Basic', 'Annual Inspection Plus', 'E-Bike Inspection', 'Suspension Service'],
    brands: ['velo-outdoor'],
    price: { min: 49, max: 149, ending: 'service' },
    attributes: {
      duration: ['60', '90', '120', '180'],
      compatibility: ['All bikes', 'E-bikes', 'Mountain bikes'],
    },
    requiredAttributes: ['duration', 'compatibility'],
    intros: [
      '{name}: our workshop checks brakes, gears, wheels and bearings and adjusts everything that needs it.',
      'Keep your bike safe and running smoothly: {name} takes about {duration} minutes in one of our stores.',
    ],
    details: [
      'Parts are charged separately and only fitted after your approval.',
      'Book a slot online and drop off your bike in the morning.',
      'You receive a written report with recommendations.',
    ],
  },
  {
    key: 'fitting',
    category: 'bike-fitting',
    role: 'service',
    kind: 'tool',
    typeLabel: 'Service package',
    perScale: 2,
    names: ['Basic Bike Fitting', 'Professional Bike Fitting', 'Saddle Pressure Analysis'],
    brands: ['velo-outdoor'],
    price: { min: 79, max: 249, ending: 'service' },
    attributes: {
      duration: ['45', '90', '150'],
      compatibility: ['All bikes'],
    },
    requiredAttributes: ['duration', 'compatibility'],
    intros: [
      '{name}: a trained fitter adjusts saddle, handlebar and cleats to your body in about {duration} minutes.',
      'Ride further without pain: {name} finds the position that suits you.',
    ],
    details: [
      'Bring your bike, shoes and cycling clothes.',
      'The results are saved, so your next bike can be set up the same way.',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Locations, channels, demo accounts.

const STORE_HOURS = {
  '1': [['10:00', '19:00']],
  '2': [['10:00', '19:00']],
  '3': [['10:00', '19:00']],
  '4': [['10:00', '19:00']],
  '5': [['10:00', '19:00']],
  '6': [['10:00', '18:00']],
} as const;

export const LOCATIONS = [
  {
    code: 'BER',
    name: 'Velo & Outdoor Berlin',
    kind: 'store',
    street: 'Friedrichstraße 112',
    postalCode: '10117',
    city: 'Berlin',
    pickupEnabled: true,
    openingHours: STORE_HOURS,
  },
  {
    code: 'HAM',
    name: 'Velo & Outdoor Hamburg',
    kind: 'store',
    street: 'Spitalerstraße 24',
    postalCode: '20095',
    city: 'Hamburg',
    pickupEnabled: true,
    openingHours: STORE_HOURS,
  },
  {
    code: 'MUC',
    name: 'Velo & Outdoor München',
    kind: 'store',
    street: 'Sendlinger Straße 41',
    postalCode: '80331',
    city: 'München',
    pickupEnabled: true,
    openingHours: STORE_HOURS,
  },
  {
    code: 'WH1',
    name: 'Velo & Outdoor Central Warehouse',
    kind: 'warehouse',
    street: 'Sandershäuser Straße 80',
    postalCode: '34123',
    city: 'Kassel',
    pickupEnabled: false,
    openingHours: {
      '1': [['07:00', '16:00']],
      '2': [['07:00', '16:00']],
      '3': [['07:00', '16:00']],
      '4': [['07:00', '16:00']],
      '5': [['07:00', '16:00']],
    },
  },
] as const;

export type LocationCode = (typeof LOCATIONS)[number]['code'];

// `locale`: the channel's language (feeds, API calls that ask for none); the German marketplace gets German.
export const CHANNELS = [
  {
    code: 'web',
    name: 'Online shop',
    kind: 'online',
    pricesIncludeVat: true,
    locale: 'en',
    locations: ['BER', 'HAM', 'MUC', 'WH1'],
  },
  {
    code: 'showroom',
    name: 'Showroom',
    kind: 'showroom',
    pricesIncludeVat: true,
    locale: 'en',
    locations: ['BER', 'HAM', 'MUC'],
  },
  {
    code: 'b2b',
    name: 'B2B portal',
    kind: 'b2b',
    pricesIncludeVat: false,
    locale: 'en',
    locations: ['WH1', 'BER', 'HAM', 'MUC'],
  },
  {
    code: 'marketplace',
    name: 'Marketplace',
    kind: 'marketplace',
    pricesIncludeVat: true,
    locale: 'de',
    locations: ['WH1'],
  },
] as const;

export const TAX_CLASSES = [
  { code: 'standard', name: 'Standard rate 19%', rateBp: 1900 },
  { code: 'reduced', name: 'Reduced rate 7%', rateBp: 700 },
] as const;
