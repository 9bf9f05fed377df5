// German texts of the demo catalogue: every English name, description template, attribute value and
// colour of ./catalog-data.ts with its German counterpart. db/seed/demo.ts fills the German templates
// with the same random picks as the English ones, so both languages describe the same product.
// Placeholders ({name}, {material} …) are filled with German values. German uses the Sie-form, as the
// shop's messages do.

const GERMAN: Readonly<Record<string, string>> = {
  // Categories
  Bikes: 'Fahrräder',
  'Trekking, mountain, road, gravel, city and kids’ bikes, assembled and adjusted in our workshops.':
    'Trekking-, Mountain-, Renn-, Gravel-, City- und Kinderräder, in unseren Werkstätten montiert und eingestellt.',
  'Trekking Bikes': 'Trekkingräder',
  'Fully equipped all-rounders for commuting and touring.':
    'Voll ausgestattete Allrounder für den Arbeitsweg und die Radreise.',
  'Men’s Trekking Bikes': 'Herren-Trekkingräder',
  'Diamond-frame trekking bikes with rack, lights and mudguards.':
    'Trekkingräder mit Diamantrahmen, Gepäckträger, Beleuchtung und Schutzblechen.',
  'Women’s Trekking Bikes': 'Damen-Trekkingräder',
  'Trekking bikes with women-specific geometry and a lower top tube.':
    'Trekkingräder mit frauenspezifischer Geometrie und tieferem Oberrohr.',
  'Low-Step Trekking Bikes': 'Tiefeinsteiger-Trekkingräder',
  'Wave frames that are easy to get on and off, for everyone.':
    'Wave-Rahmen zum bequemen Auf- und Absteigen, für alle.',
  'Mountain Bikes': 'Mountainbikes',
  'Hardtails and full-suspension bikes for trails of every kind.': 'Hardtails und Fullys für Trails aller Art.',
  'Hardtail Mountain Bikes': 'Hardtail-Mountainbikes',
  'Light, efficient and low-maintenance: front suspension only.':
    'Leicht, effizient und wartungsarm: nur vorn gefedert.',
  'Full-Suspension Mountain Bikes': 'Vollgefederte Mountainbikes',
  'Front and rear suspension for technical trails and enduro days.':
    'Federung vorn und hinten für technische Trails und Endurotage.',
  'Road & Gravel Bikes': 'Renn- & Gravelräder',
  'Drop-bar bikes for speed on tarmac and adventure off it.':
    'Räder mit Rennlenker für Tempo auf Asphalt und Abenteuer abseits davon.',
  'Road Bikes': 'Rennräder',
  'Endurance and race road bikes with aluminium and carbon frames.':
    'Endurance- und Race-Rennräder mit Rahmen aus Aluminium und Carbon.',
  'Gravel Bikes': 'Gravelbikes',
  'Wide tyres, relaxed geometry and mounts for bikepacking.':
    'Breite Reifen, entspannte Geometrie und Ösen fürs Bikepacking.',
  'City, Folding & Kids’ Bikes': 'City-, Falt- & Kinderräder',
  'Everyday bikes for the city, the train and the next generation of riders.':
    'Alltagsräder für die Stadt, den Zug und die nächste Generation von Radfahrerinnen und Radfahrern.',
  'City Bikes': 'Cityräder',
  'Upright, comfortable and robust bikes with hub gears.': 'Aufrechte, bequeme und robuste Räder mit Nabenschaltung.',
  'Folding Bikes': 'Falträder',
  'Compact bikes that fold in seconds for trains, cars and small flats.':
    'Kompakte Räder, in Sekunden gefaltet für Zug, Auto und kleine Wohnungen.',
  'Kids’ Bikes': 'Kinderräder',
  'Light bikes with 16 to 24 inch wheels that grow with young riders.':
    'Leichte Räder mit 16 bis 24 Zoll, die mit jungen Fahrerinnen und Fahrern mitwachsen.',
  'E-Bikes': 'E-Bikes',
  'Pedelecs with mid-drive motors for touring, trails, the city and cargo.':
    'Pedelecs mit Mittelmotor für Touren, Trails, die Stadt und Lasten.',
  'E-Trekking Bikes': 'E-Trekkingräder',
  'Electric touring bikes with long-range batteries.': 'Elektrische Tourenräder mit Akkus für große Reichweiten.',
  'E-Trekking Bikes, Diamond Frame': 'E-Trekkingräder, Diamantrahmen',
  'Stiff diamond frames for heavy loads and long tours.': 'Steife Diamantrahmen für schwere Lasten und lange Touren.',
  'E-Trekking Bikes, Wave Frame': 'E-Trekkingräder, Wave-Rahmen',
  'Low-step e-trekking bikes that are easy to mount.':
    'E-Trekkingräder mit tiefem Einstieg, auf die man leicht aufsteigt.',
  'E-Mountain Bikes': 'E-Mountainbikes',
  'Electric mountain bikes that make every climb a descent.':
    'Elektrische Mountainbikes, die jeden Anstieg zur Abfahrt machen.',
  'E-Hardtails': 'E-Hardtails',
  'Electric hardtails for forest tracks and light trails.': 'Elektrische Hardtails für Waldwege und leichte Trails.',
  'E-Full-Suspension Bikes': 'E-Fullys',
  'Full-suspension e-MTBs with powerful motors and big batteries.':
    'Vollgefederte E-MTBs mit kräftigen Motoren und großen Akkus.',
  'E-City & Cargo Bikes': 'E-City- & Lastenräder',
  'Electric help for commuting, shopping and the school run.':
    'Elektrische Hilfe für Arbeitsweg, Einkauf und Schulweg.',
  'E-City Bikes': 'E-Cityräder',
  'Comfortable e-bikes with hub gears and integrated lights.':
    'Bequeme E-Bikes mit Nabenschaltung und integrierter Beleuchtung.',
  'E-Cargo Bikes': 'E-Lastenräder',
  'Long-tail and front-loader cargo bikes for kids and groceries.': 'Longtails und Frontlader für Kinder und Einkäufe.',
  'Bike Parts & Accessories': 'Fahrradteile & Zubehör',
  'Everything that makes riding safer, more practical and more fun.':
    'Alles, was das Radfahren sicherer, praktischer und schöner macht.',
  'Safety & Security': 'Sicherheit & Schutz',
  'Helmets, lights and locks.': 'Helme, Beleuchtung und Schlösser.',
  Helmets: 'Helme',
  'Road, urban, trail and kids’ helmets, many with MIPS.': 'Rennrad-, City-, Trail- und Kinderhelme, viele mit MIPS.',
  'Bike Lights': 'Fahrradbeleuchtung',
  'StVZO-approved front and rear lights, battery and dynamo powered.':
    'StVZO-zugelassene Front- und Rücklichter, mit Akku, Batterie oder Dynamo.',
  'Bike Locks': 'Fahrradschlösser',
  'U-locks, folding locks, chains and frame locks.':
    'Bügelschlösser, Faltschlösser, Kettenschlösser und Rahmenschlösser.',
  'Bags & Transport': 'Taschen & Transport',
  'Panniers, bikepacking bags and bottles.': 'Packtaschen, Bikepacking-Taschen und Trinkflaschen.',
  'Pannier Bags': 'Packtaschen',
  'Rear panniers for commuting and touring, many fully waterproof.':
    'Hinterradtaschen für Pendeln und Touren, viele vollständig wasserdicht.',
  'Handlebar & Frame Bags': 'Lenker- & Rahmentaschen',
  'Bikepacking bags for the bars, the frame and the saddle.': 'Bikepacking-Taschen für Lenker, Rahmen und Sattel.',
  Bottles: 'Trinkflaschen',
  'Drinking bottles, insulated and in stainless steel.': 'Trinkflaschen, isoliert und aus Edelstahl.',
  'Parts & Wear': 'Ersatz- & Verschleißteile',
  'Replacement parts that wear with every kilometre.': 'Ersatzteile, die sich mit jedem Kilometer abnutzen.',
  'Brake Pads': 'Bremsbeläge',
  'Disc and rim brake pads in organic and sintered compounds.':
    'Scheiben- und Felgenbremsbeläge in organischer und gesinterter Mischung.',
  Chains: 'Ketten',
  'Chains from 9 to 12 speed.': 'Ketten von 9- bis 12-fach.',
  'Inner Tubes': 'Schläuche',
  'Inner tubes for 16 to 29 inch wheels with Presta, Schrader or Dunlop valves.':
    'Schläuche für 16 bis 29 Zoll mit Sclaverand-, Auto- oder Dunlopventil.',
  Tyres: 'Reifen',
  'Touring, gravel, trail and winter tyres.': 'Touren-, Gravel-, Trail- und Winterreifen.',
  'Tools & Care': 'Werkzeug & Pflege',
  'Tools, pumps, lubricants and batteries.': 'Werkzeug, Pumpen, Schmierstoffe und Batterien.',
  Tools: 'Werkzeug',
  'Multi-tools, tyre levers and workshop tools.': 'Multitools, Reifenheber und Werkstattwerkzeug.',
  Pumps: 'Pumpen',
  'Floor pumps, mini pumps and CO2 inflators.': 'Standpumpen, Minipumpen und CO2-Kartuschenpumpen.',
  'Chain Oil & Lubricants': 'Kettenöl & Schmierstoffe',
  'Chain oils for dry, wet and all-weather conditions.': 'Kettenöle für trockene, nasse und wechselnde Bedingungen.',
  Batteries: 'Batterien',
  'Batteries for lights, computers and other small devices.':
    'Batterien für Lampen, Radcomputer und andere Kleingeräte.',
  Clothing: 'Bekleidung',
  'Cycling and outdoor clothing for every season.': 'Rad- und Outdoorbekleidung für jede Jahreszeit.',
  'Cycling Clothing': 'Radbekleidung',
  'Jerseys, shorts and rain wear for the bike.': 'Trikots, Hosen und Regenkleidung fürs Rad.',
  'Cycling Jerseys': 'Radtrikots',
  'Breathable jerseys with back pockets.': 'Atmungsaktive Trikots mit Rückentaschen.',
  'Cycling Shorts': 'Radhosen',
  'Bib shorts, baggies and padded liners.': 'Trägerhosen, Baggy-Shorts und Innenhosen mit Polster.',
  'Cycling Rain Jackets': 'Rad-Regenjacken',
  'Waterproof, breathable jackets cut for the riding position.':
    'Wasserdichte, atmungsaktive Jacken, geschnitten für die Sitzposition auf dem Rad.',
  'Outdoor Clothing': 'Outdoorbekleidung',
  'Layers for hiking, trekking and everyday wear.': 'Schichten fürs Wandern, Trekking und den Alltag.',
  'Hardshell Jackets': 'Hardshelljacken',
  'Fully waterproof shells for wind, rain and snow.': 'Vollständig wasserdichte Jacken für Wind, Regen und Schnee.',
  'Softshell Jackets': 'Softshelljacken',
  'Stretchy, wind-resistant jackets for active days.': 'Dehnbare, winddichte Jacken für aktive Tage.',
  'Fleece & Midlayers': 'Fleece & Midlayer',
  'Warm layers made of fleece and synthetic insulation.': 'Warme Schichten aus Fleece und Kunstfaserisolation.',
  Footwear: 'Schuhe',
  'Shoes for the pedals and the trail.': 'Schuhe für Pedale und Pfade.',
  'Cycling Shoes': 'Radschuhe',
  'Clipless and flat-pedal shoes.': 'Klick- und Plattformpedal-Schuhe.',
  'Hiking Boots': 'Wanderschuhe',
  'Waterproof boots for day hikes and multi-day treks.':
    'Wasserdichte Schuhe für Tageswanderungen und mehrtägige Touren.',
  'Gloves & Headwear': 'Handschuhe & Kopfbedeckungen',
  'Gloves, caps and beanies.': 'Handschuhe, Kappen und Mützen.',
  'Cycling Gloves': 'Radhandschuhe',
  'Short- and full-finger gloves with padded palms.': 'Kurz- und Langfingerhandschuhe mit gepolsterter Handfläche.',
  'Caps & Beanies': 'Kappen & Mützen',
  'Cycling caps, beanies and helmet liners.': 'Radkappen, Mützen und Helmunterziehmützen.',
  'Outdoor & Camping': 'Outdoor & Camping',
  'Tents, sleeping gear, backpacks and camp kitchens.': 'Zelte, Schlafausrüstung, Rucksäcke und Campingküche.',
  Tents: 'Zelte',
  'Tents for bikepacking, trekking and family camping.': 'Zelte fürs Bikepacking, Trekking und Familiencamping.',
  'Trekking Tents': 'Trekkingzelte',
  'Light tents for one to three people.': 'Leichte Zelte für eine bis drei Personen.',
  'Family Tents': 'Familienzelte',
  'Spacious tents with separate sleeping cabins.': 'Geräumige Zelte mit getrennten Schlafkabinen.',
  Sleeping: 'Schlafen',
  'Sleeping bags and mats.': 'Schlafsäcke und Isomatten.',
  'Sleeping Bags': 'Schlafsäcke',
  'Down and synthetic sleeping bags for three seasons.': 'Daunen- und Kunstfaserschlafsäcke für drei Jahreszeiten.',
  'Sleeping Mats': 'Isomatten',
  'Self-inflating and air mats.': 'Selbstaufblasende Matten und Luftmatten.',
  Backpacks: 'Rucksäcke',
  'Daypacks, trekking packs and bike backpacks.': 'Tagesrucksäcke, Trekkingrucksäcke und Fahrradrucksäcke.',
  Daypacks: 'Tagesrucksäcke',
  'Backpacks from 15 to 30 litres for day trips and the commute.':
    'Rucksäcke von 15 bis 30 Litern für Tagesausflüge und den Arbeitsweg.',
  'Trekking Backpacks': 'Trekkingrucksäcke',
  'Adjustable packs from 45 litres for multi-day tours.': 'Verstellbare Rucksäcke ab 45 Litern für mehrtägige Touren.',
  'Bike Backpacks': 'Fahrradrucksäcke',
  'Slim backpacks with hydration sleeves for riding.':
    'Schmale Rucksäcke mit Trinksystemfach für unterwegs auf dem Rad.',
  'Camp Kitchen': 'Campingküche',
  'Stoves, pots and mugs.': 'Kocher, Töpfe und Becher.',
  'Camping Stoves': 'Campingkocher',
  'Gas and multi-fuel stoves.': 'Gas- und Mehrstoffkocher.',
  Cookware: 'Kochgeschirr',
  'Pots, cook sets and insulated mugs.': 'Töpfe, Kochsets und Isolierbecher.',
  'Service & Manuals': 'Service & Handbücher',
  'Printed manuals, guide books and workshop services.': 'Gedruckte Handbücher, Reiseführer und Werkstattleistungen.',
  'Manuals & Books': 'Handbücher & Bücher',
  'Printed owner’s manuals, repair guides and cycle touring guides.':
    'Gedruckte Bedienungsanleitungen, Reparaturratgeber und Radreiseführer.',
  'Bike Manuals': 'Fahrrad-Handbücher',
  'Printed owner’s manuals for our bike and e-bike families.':
    'Gedruckte Bedienungsanleitungen für unsere Fahrrad- und E-Bike-Familien.',
  'Repair Guides': 'Reparaturratgeber',
  'Step-by-step workshop books.': 'Werkstattbücher Schritt für Schritt.',
  'Cycle Touring Guides': 'Radreiseführer',
  'Route guides with maps and tips.': 'Routenführer mit Karten und Tipps.',
  'Service Packages': 'Servicepakete',
  'Inspections and bike fitting in our stores.': 'Inspektionen und Bikefitting in unseren Filialen.',
  Inspections: 'Inspektionen',
  'Annual inspections and suspension services.': 'Jahresinspektionen und Federungsservice.',
  'Bike Fitting': 'Bikefitting',
  'Professional fitting sessions for comfort and performance.':
    'Professionelle Sitzpositionsanalyse für Komfort und Leistung.',

  // Options and attributes
  Colour: 'Farbe',
  Size: 'Größe',
  'Frame size': 'Rahmenhöhe',
  Material: 'Material',
  Weight: 'Gewicht',
  'Wheel size': 'Laufradgröße',
  Gender: 'Zielgruppe',
  Waterproof: 'Wasserdicht',
  'Model year': 'Modelljahr',
  Gears: 'Schaltung',
  'Suspension travel': 'Federweg',
  Motor: 'Motor',
  'Battery capacity': 'Akkukapazität',
  'Light output': 'Lichtstärke',
  'Power source': 'Stromversorgung',
  'Security level': 'Sicherheitsstufe',
  Volume: 'Volumen',
  Valve: 'Ventil',
  'Tyre width': 'Reifenbreite',
  Compatibility: 'Kompatibilität',
  'Maximum pressure': 'Maximaler Druck',
  Biodegradable: 'Biologisch abbaubar',
  'Sleeping places': 'Schlafplätze',
  'Comfort temperature': 'Komforttemperatur',
  Language: 'Sprache',
  Pages: 'Seiten',
  Duration: 'Dauer',

  // Colours
  Petrol: 'Petrol',
  Anthracite: 'Anthrazit',
  Black: 'Schwarz',
  'Racing Red': 'Rennrot',
  'Forest Green': 'Waldgrün',
  Sand: 'Sand',
  'Ice Blue': 'Eisblau',
  Mint: 'Mint',
  Burgundy: 'Bordeaux',
  Orange: 'Orange',
  Olive: 'Oliv',
  'Midnight Blue': 'Mitternachtsblau',
  'Pearl White': 'Perlweiß',
  Silver: 'Silber',
  Navy: 'Marineblau',
  'Signal Yellow': 'Signalgelb',
  'Stone Grey': 'Steingrau',
  Berry: 'Beere',
  'Sky Blue': 'Himmelblau',
  Lime: 'Limette',

  // Product types (image texts)
  'Trekking bike': 'Trekkingrad',
  'Low-step trekking bike': 'Tiefeinsteiger-Trekkingrad',
  'Mountain bike': 'Mountainbike',
  'Full-suspension mountain bike': 'Vollgefedertes Mountainbike',
  'Road bike': 'Rennrad',
  'Gravel bike': 'Gravelbike',
  'City bike': 'Cityrad',
  'Folding bike': 'Faltrad',
  'Kids’ bike': 'Kinderrad',
  'E-trekking bike': 'E-Trekkingrad',
  'E-mountain bike': 'E-Mountainbike',
  'E-city bike': 'E-Cityrad',
  'E-cargo bike': 'E-Lastenrad',
  Helmet: 'Helm',
  'Bike light': 'Fahrradlampe',
  'Bike lock': 'Fahrradschloss',
  Pannier: 'Packtasche',
  'Bike bag': 'Fahrradtasche',
  Bottle: 'Trinkflasche',
  'Brake pads': 'Bremsbeläge',
  Chain: 'Kette',
  'Inner tube': 'Schlauch',
  Tyre: 'Reifen',
  Tool: 'Werkzeug',
  Pump: 'Pumpe',
  'Chain oil': 'Kettenöl',
  'Cycling jersey': 'Radtrikot',
  'Cycling shorts': 'Radhose',
  'Rain jacket': 'Regenjacke',
  'Hardshell jacket': 'Hardshelljacke',
  'Softshell jacket': 'Softshelljacke',
  Midlayer: 'Midlayer',
  'Cycling shoe': 'Radschuh',
  'Hiking boot': 'Wanderschuh',
  Gloves: 'Handschuhe',
  Cap: 'Kappe',
  Tent: 'Zelt',
  'Family tent': 'Familienzelt',
  'Sleeping bag': 'Schlafsack',
  'Sleeping mat': 'Isomatte',
  Daypack: 'Tagesrucksack',
  'Trekking backpack': 'Trekkingrucksack',
  'Bike backpack': 'Fahrradrucksack',
  'Camping stove': 'Campingkocher',
  'Printed manual': 'Gedrucktes Handbuch',
  Book: 'Buch',
  'Service package': 'Servicepaket',

  // Product names ({model} and {tier} are proper names and numbers)
  '{model} {tier}': '{model} {tier}',
  '{model} {tier} Lady': '{model} {tier} Lady',
  '{model} {tier} Wave': '{model} {tier} Wave',
  '{model} City {tier}': '{model} City {tier}',
  '{model} Fold {tier}': '{model} Fold {tier}',
  '{model} Cargo {tier}': '{model} Cargo {tier}',
  '{model} MIPS Helmet': '{model} MIPS-Helm',
  '{model} Urban Helmet': '{model} Stadthelm',
  '{model} Trail Helmet': '{model} Trailhelm',
  '{model} Road Helmet': '{model} Rennradhelm',
  '{model} Kids Helmet': '{model} Kinderhelm',
  '{model} 70 Front Light': '{model} 70 Frontlicht',
  '{model} 100 Dynamo Headlight': '{model} 100 Dynamo-Scheinwerfer',
  '{model} Rear Light': '{model} Rücklicht',
  '{model} 30 Battery Light Set': '{model} 30 Batterie-Leuchtenset',
  '{model} 50 USB Light Set': '{model} 50 USB-Leuchtenset',
  '{model} U-Lock 13 mm': '{model} Bügelschloss 13 mm',
  '{model} Folding Lock 90 cm': '{model} Faltschloss 90 cm',
  '{model} Chain Lock 110 cm': '{model} Kettenschloss 110 cm',
  '{model} Cable Lock 180 cm': '{model} Kabelschloss 180 cm',
  '{model} Frame Lock': '{model} Rahmenschloss',
  '{model} Pannier 20 L': '{model} Packtasche 20 l',
  '{model} Classic Pannier Pair': '{model} Classic Packtaschen-Paar',
  '{model} Shopper Pannier': '{model} Einkaufs-Packtasche',
  '{model} Waterproof Pannier 25 L': '{model} Wasserdichte Packtasche 25 l',
  '{model} Handlebar Bag 7 L': '{model} Lenkertasche 7 l',
  '{model} Frame Bag 4 L': '{model} Rahmentasche 4 l',
  '{model} Top Tube Bag': '{model} Oberrohrtasche',
  '{model} Saddle Bag 12 L': '{model} Satteltasche 12 l',
  '{model} Bottle 750 ml': '{model} Trinkflasche 750 ml',
  '{model} Insulated Bottle 500 ml': '{model} Isolierflasche 500 ml',
  '{model} Stainless Steel Bottle 600 ml': '{model} Edelstahlflasche 600 ml',
  '{model} Bottle 600 ml': '{model} Trinkflasche 600 ml',
  '{model} Disc Brake Pads Organic': '{model} Scheibenbremsbeläge organisch',
  '{model} Disc Brake Pads Sintered': '{model} Scheibenbremsbeläge gesintert',
  '{model} V-Brake Pads': '{model} V-Brake-Bremsschuhe',
  '{model} E-Bike Disc Brake Pads': '{model} E-Bike-Scheibenbremsbeläge',
  '{model} 9-Speed Chain': '{model} 9-fach-Kette',
  '{model} 10-Speed Chain': '{model} 10-fach-Kette',
  '{model} 11-Speed Chain': '{model} 11-fach-Kette',
  '{model} 12-Speed Chain': '{model} 12-fach-Kette',
  '{model} Inner Tube': '{model} Schlauch',
  '{model} Light Inner Tube': '{model} Leichtschlauch',
  '{model} Thorn-Resistant Inner Tube': '{model} Pannenschutzschlauch',
  '{model} TPU Inner Tube': '{model} TPU-Schlauch',
  '{model} Touring Tyre': '{model} Tourenreifen',
  '{model} Gravel Tyre': '{model} Gravelreifen',
  '{model} Trail Tyre': '{model} Trailreifen',
  '{model} Winter Tyre': '{model} Winterreifen',
  '{model} City Tyre': '{model} Cityreifen',
  '{model} Multi-Tool 14': '{model} Multitool 14',
  '{model} Multi-Tool 21': '{model} Multitool 21',
  '{model} Tyre Lever Set': '{model} Reifenheber-Set',
  '{model} Torque Wrench Set': '{model} Drehmomentschlüssel-Set',
  '{model} Chain Tool': '{model} Kettennieter',
  '{model} Floor Pump': '{model} Standpumpe',
  '{model} Mini Pump': '{model} Minipumpe',
  '{model} CO2 Inflator': '{model} CO2-Pumpe',
  '{model} Shock Pump': '{model} Dämpferpumpe',
  '{model} Dry Chain Lube': '{model} Kettenschmierstoff trocken',
  '{model} Wet Chain Lube': '{model} Kettenschmierstoff nass',
  '{model} Ceramic Chain Oil': '{model} Keramik-Kettenöl',
  '{model} Bio Chain Oil': '{model} Bio-Kettenöl',
  '{model} E-Bike Chain Oil': '{model} E-Bike-Kettenöl',
  '{model} Alkaline Batteries': '{model} Alkaline-Batterien',
  '{model} Rechargeable NiMH Batteries': '{model} NiMH-Akkus',
  '{model} Lithium Batteries': '{model} Lithium-Batterien',
  '{model} Short-Sleeve Jersey': '{model} Kurzarmtrikot',
  '{model} Long-Sleeve Jersey': '{model} Langarmtrikot',
  '{model} Merino Jersey': '{model} Merinotrikot',
  '{model} Trail Jersey': '{model} Trailtrikot',
  '{model} Bib Shorts': '{model} Trägerhose kurz',
  '{model} Baggy Shorts': '{model} Baggy-Shorts',
  '{model} Padded Liner Shorts': '{model} Innenhose mit Polster',
  '{model} Bib Tights': '{model} Trägerhose lang',
  '{model} Rain Jacket': '{model} Regenjacke',
  '{model} Packable Rain Jacket': '{model} Packbare Regenjacke',
  '{model} Commuter Rain Jacket': '{model} Pendler-Regenjacke',
  '{model} Hardshell Jacket': '{model} Hardshelljacke',
  '{model} 3L Jacket': '{model} 3L-Jacke',
  '{model} Alpine Shell Jacket': '{model} Alpine Shelljacke',
  '{model} Softshell Jacket': '{model} Softshelljacke',
  '{model} Hybrid Softshell': '{model} Hybrid-Softshell',
  '{model} Softshell Hoody': '{model} Softshell-Hoody',
  '{model} Fleece Jacket': '{model} Fleecejacke',
  '{model} Grid Fleece Hoody': '{model} Gridfleece-Hoody',
  '{model} Insulated Vest': '{model} Isolationsweste',
  '{model} Synthetic Insulation Jacket': '{model} Kunstfaser-Isolationsjacke',
  '{model} Road Shoe': '{model} Rennradschuh',
  '{model} MTB Shoe': '{model} MTB-Schuh',
  '{model} Flat Pedal Shoe': '{model} Flatpedal-Schuh',
  '{model} Touring Shoe': '{model} Tourenschuh',
  '{model} Mid GTX Boot': '{model} Mid GTX Wanderstiefel',
  '{model} Trekking Boot': '{model} Trekkingstiefel',
  '{model} Hiking Shoe Low': '{model} Wanderschuh Low',
  '{model} Short-Finger Gloves': '{model} Kurzfingerhandschuhe',
  '{model} Full-Finger Gloves': '{model} Langfingerhandschuhe',
  '{model} Winter Gloves': '{model} Winterhandschuhe',
  '{model} Trail Gloves': '{model} Trailhandschuhe',
  '{model} Cycling Cap': '{model} Radkappe',
  '{model} Merino Beanie': '{model} Merinomütze',
  '{model} Helmet Liner Cap': '{model} Helmunterziehmütze',
  '{model} 1 Ultralight Tent': '{model} 1 Ultraleichtzelt',
  '{model} 2 Tunnel Tent': '{model} 2 Tunnelzelt',
  '{model} 2 Dome Tent': '{model} 2 Kuppelzelt',
  '{model} 3 Tunnel Tent': '{model} 3 Tunnelzelt',
  '{model} 4 Family Tent': '{model} 4 Familienzelt',
  '{model} 5 Tunnel Tent': '{model} 5 Tunnelzelt',
  '{model} 6 Air Tent': '{model} 6 Luftzelt',
  '{model} Down 700': '{model} Daune 700',
  '{model} Synthetic 3-Season': '{model} Kunstfaser 3-Jahreszeiten',
  '{model} Summer Sleeping Bag': '{model} Sommerschlafsack',
  '{model} Down 500': '{model} Daune 500',
  '{model} Self-Inflating Mat': '{model} Selbstaufblasende Matte',
  '{model} Air Mat': '{model} Luftmatte',
  '{model} Foam Mat': '{model} Schaumstoffmatte',
  '{model} 20': '{model} 20',
  '{model} 25': '{model} 25',
  '{model} 30': '{model} 30',
  '{model} Commuter 18': '{model} Commuter 18',
  '{model} 45+10': '{model} 45+10',
  '{model} 55+10': '{model} 55+10',
  '{model} 65+15': '{model} 65+15',
  '{model} Bike 12': '{model} Bike 12',
  '{model} Bike 18': '{model} Bike 18',
  '{model} Hydration 10': '{model} Hydration 10',
  '{model} Gas Stove': '{model} Gaskocher',
  '{model} Multi-Fuel Stove': '{model} Mehrstoffkocher',
  '{model} Stove System 1 L': '{model} Kochersystem 1 l',
  '{model} Titanium Pot 750 ml': '{model} Titantopf 750 ml',
  '{model} Cook Set 2 Persons': '{model} Kochset 2 Personen',
  '{model} Insulated Mug': '{model} Isolierbecher',
  '{model} Pan 20 cm': '{model} Pfanne 20 cm',
  '{model} Series Owner’s Manual (Print Edition)': '{model}-Serie Bedienungsanleitung (Druckausgabe)',
  'The Bike Repair Handbook': 'Das Fahrrad-Reparaturhandbuch',
  'The E-Bike Workshop Manual': 'Das E-Bike-Werkstatthandbuch',
  'Wheel Building Step by Step': 'Laufradbau Schritt für Schritt',
  'Roadside Repairs Pocket Guide': 'Pannenhilfe unterwegs – der Taschenratgeber',
  'Maintaining Hydraulic Disc Brakes': 'Hydraulische Scheibenbremsen warten',
  'Cycle Touring Along the {model}': 'Radwandern an der {model}',
  'The {model} Cycle Route': 'Der {model}-Radweg',
  'Bikepacking Routes: {model}': 'Bikepacking-Routen: {model}',
  'Annual Inspection Basic': 'Jahresinspektion Basic',
  'Annual Inspection Plus': 'Jahresinspektion Plus',
  'E-Bike Inspection': 'E-Bike-Inspektion',
  'Suspension Service': 'Federungsservice',
  'Basic Bike Fitting': 'Bikefitting Basic',
  'Professional Bike Fitting': 'Bikefitting Professional',
  'Saddle Pressure Analysis': 'Sitzdruckmessung',

  // Attribute values
  Aluminium: 'Aluminium',
  'Steel (Cr-Mo)': 'Stahl (Cr-Mo)',
  '24-speed derailleur': '24-Gang-Kettenschaltung',
  '27-speed derailleur': '27-Gang-Kettenschaltung',
  '10-speed derailleur': '10-Gang-Kettenschaltung',
  'Stepless hub gear': 'Nabenschaltung (stufenlos)',
  '14-speed hub gear': '14-Gang-Nabenschaltung',
  Men: 'Herren',
  Unisex: 'Unisex',
  Women: 'Damen',
  '8-speed hub gear': '8-Gang-Nabenschaltung',
  '7-speed hub gear': '7-Gang-Nabenschaltung',
  Carbon: 'Carbon',
  '12-speed 1x drivetrain': '1x12-Antrieb',
  '11-speed 1x drivetrain': '1x11-Antrieb',
  '10-speed 1x drivetrain': '1x10-Antrieb',
  '2x11 derailleur': '2x11-Kettenschaltung',
  '2x12 derailleur': '2x12-Kettenschaltung',
  '2x12 electronic shifting': '2x12-Schaltung (elektronisch)',
  '1x11 drivetrain': '1x11-Antrieb',
  '1x12 drivetrain': '1x12-Antrieb',
  '2x10 derailleur': '2x10-Kettenschaltung',
  '3-speed hub gear': '3-Gang-Nabenschaltung',
  '7-speed derailleur': '7-Gang-Kettenschaltung',
  '9-speed derailleur': '9-Gang-Kettenschaltung',
  'Single speed': 'Singlespeed',
  '8-speed derailleur': '8-Gang-Kettenschaltung',
  'Mid-drive, 85 Nm': 'Mittelmotor, 85 Nm',
  'Mid-drive, 75 Nm': 'Mittelmotor, 75 Nm',
  'Mid-drive, 63 Nm': 'Mittelmotor, 63 Nm',
  'Mid-drive, 90 Nm': 'Mittelmotor, 90 Nm',
  'Mid-drive, 50 Nm': 'Mittelmotor, 50 Nm',
  'Rear hub motor, 45 Nm': 'Hinterradnabenmotor, 45 Nm',
  '5-speed hub gear': '5-Gang-Nabenschaltung',
  'In-mould polycarbonate shell with EPS liner': 'In-Mold-Schale aus Polycarbonat mit EPS-Kern',
  'ABS hard shell with EPS liner': 'ABS-Hartschale mit EPS-Kern',
  'USB-C rechargeable battery': 'Akku mit USB-C-Ladung',
  Yes: 'Ja',
  No: 'Nein',
  'Hub dynamo': 'Nabendynamo',
  'AAA batteries': 'AAA-Batterien',
  'AA batteries': 'AA-Batterien',
  'Hardened steel': 'Stahl (gehärtet)',
  'Hardened steel plates': 'Stahlplatten (gehärtet)',
  'Hardened steel chain in a textile sleeve': 'Stahlkette (gehärtet) mit Textilummantelung',
  'Braided steel cable': 'Stahlkabel (geflochten)',
  'PU-coated polyester': 'Polyester (PU-beschichtet)',
  Tarpaulin: 'Plane',
  'Cordura nylon': 'Cordura-Nylon',
  'Waxed canvas': 'Canvas (gewachst)',
  'Recycled ripstop nylon': 'Ripstop-Nylon (recycelt)',
  'BPA-free polypropylene': 'Polypropylen (BPA-frei)',
  'Double-walled polypropylene': 'Polypropylen (doppelwandig)',
  'Stainless steel': 'Edelstahl',
  '2-piston hydraulic disc brakes': '2-Kolben-Scheibenbremsen (hydraulisch)',
  '4-piston hydraulic disc brakes': '4-Kolben-Scheibenbremsen (hydraulisch)',
  'Rim brakes (V-brakes)': 'Felgenbremsen (V-Brakes)',
  'Mechanical disc brakes': 'Scheibenbremsen (mechanisch)',
  'Organic resin': 'Harz (organisch)',
  'Sintered metal': 'Sintermetall',
  'Rubber compound': 'Gummimischung',
  'Semi-metallic compound': 'Mischung (semimetallisch)',
  'Nickel-plated steel': 'Stahl (vernickelt)',
  Presta: 'Sclaverand',
  Schrader: 'Autoventil',
  Dunlop: 'Dunlop',
  Butyl: 'Butyl',
  'Thin-wall butyl': 'Butyl (dünnwandig)',
  'Reinforced butyl': 'Butyl (verstärkt)',
  TPU: 'TPU',
  'Chrome vanadium steel': 'Chrom-Vanadium-Stahl',
  'Stainless steel and aluminium': 'Edelstahl und Aluminium',
  'Fibreglass-reinforced nylon': 'Nylon (glasfaserverstärkt)',
  'Presta and Schrader': 'Sclaverand und Autoventil',
  'Presta, Schrader and Dunlop': 'Sclaverand, Autoventil und Dunlop',
  'Synthetic oil': 'Öl (synthetisch)',
  'Mineral oil': 'Mineralöl',
  'Plant-based oil': 'Pflanzenöl',
  'Wax emulsion': 'Wachsemulsion',
  Alkaline: 'Alkaline',
  'Nickel-metal hydride': 'Nickel-Metallhydrid',
  Lithium: 'Lithium',
  'Recycled polyester': 'Polyester (recycelt)',
  'Merino wool blend': 'Merinowollmischung',
  'Polyester and elastane': 'Polyester und Elasthan',
  'Polyamide and elastane': 'Polyamid und Elasthan',
  'Recycled polyamide': 'Polyamid (recycelt)',
  'Stretch nylon': 'Stretch-Nylon',
  '3-layer laminate': '3-Lagen-Laminat',
  '2.5-layer laminate': '2,5-Lagen-Laminat',
  'Recycled polyamide with PU membrane': 'Polyamid (recycelt) mit PU-Membran',
  'Recycled polyamide with ePE membrane': 'Polyamid (recycelt) mit ePE-Membran',
  'Stretch polyamide': 'Stretch-Polyamid',
  'Recycled polyester with membrane': 'Polyester (recycelt) mit Membran',
  'Recycled polyester fleece': 'Polyesterfleece (recycelt)',
  'Grid fleece': 'Gridfleece',
  'Synthetic insulation': 'Kunstfaserisolation',
  'Synthetic upper with nylon sole': 'Obermaterial aus Kunstfaser mit Nylonsohle',
  'Microfibre upper with carbon sole': 'Obermaterial aus Mikrofaser mit Carbonsohle',
  'Suede upper with rubber sole': 'Obermaterial aus Veloursleder mit Gummisohle',
  'Nubuck leather': 'Nubukleder',
  'Suede and textile': 'Veloursleder und Textil',
  'Synthetic textile': 'Textil (synthetisch)',
  'Synthetic leather palm': 'Handfläche aus Kunstleder',
  'Goatskin palm': 'Handfläche aus Ziegenleder',
  'Softshell with fleece lining': 'Softshell mit Fleecefutter',
  Cotton: 'Baumwolle',
  'Merino wool': 'Merinowolle',
  'Silicone-coated ripstop nylon': 'Ripstop-Nylon (silikonbeschichtet)',
  'Polyester with PU coating': 'Polyester mit PU-Beschichtung',
  Polycotton: 'Polycotton',
  'Responsibly sourced down': 'Daune aus verantwortungsvoller Herkunft',
  'Synthetic fibre': 'Kunstfaser',
  'Polyester with TPU coating': 'Polyester mit TPU-Beschichtung',
  'Closed-cell foam': 'Schaum (geschlossenzellig)',
  'Ripstop nylon': 'Ripstop-Nylon',
  Titanium: 'Titan',
  'Hard-anodised aluminium': 'Aluminium (hart eloxiert)',
  English: 'Englisch',
  German: 'Deutsch',
  'All bikes': 'alle Fahrräder',
  'E-bikes': 'E-Bikes',
  'Mountain bikes': 'Mountainbikes',

  // Size option values
  '114 links': '114 Glieder',
  '118 links': '118 Glieder',
  '116 links': '116 Glieder',
  '126 links': '126 Glieder',
  '16 in': '16 Zoll',
  '20 in': '20 Zoll',
  '24 in': '24 Zoll',
  '26 in': '26 Zoll',
  '27.5 in': '27,5 Zoll',
  '29 in': '29 Zoll',
  '28 in': '28 Zoll',
  'AA (4-pack)': 'AA (4er-Pack)',
  'AAA (4-pack)': 'AAA (4er-Pack)',
  'AA (8-pack)': 'AA (8er-Pack)',
  Regular: 'Normal',
  Long: 'Lang',
  Large: 'Groß',
  Wide: 'Breit',

  // Description intros ({placeholders} are filled with the German values)
  'The {name} is a touring all-rounder built around a {material} frame and {wheelSize}-inch wheels.':
    '{name} ist ein Tourenallrounder mit Rahmen aus {material} und {wheelSize}-Zoll-Laufrädern.',
  '{brand} designed the {name} for the daily commute during the week and long tours at the weekend.':
    '{brand} hat {name} für den täglichen Arbeitsweg unter der Woche und lange Touren am Wochenende entwickelt.',
  'With its relaxed geometry and a {gears}, the {name} covers long distances without fuss.':
    'Mit entspannter Geometrie und {gears} legt {name} auch lange Strecken mühelos zurück.',
  'The {name} pairs a women-specific {material} frame with a lower top tube and a comfortable saddle.':
    '{name} verbindet einen frauenspezifischen Rahmen aus {material} mit tieferem Oberrohr und bequemem Sattel.',
  'Shorter reach and narrower handlebars make the {name} a trekking bike that fits from the first ride.':
    'Kürzere Reichweite und schmalerer Lenker machen {name} zu einem Trekkingrad, das von der ersten Fahrt an passt.',
  '{brand} tuned the {name} for riders who want one bike for commuting and touring.':
    '{brand} hat {name} für alle abgestimmt, die ein Rad für Arbeitsweg und Radreise suchen.',
  'The low step-through frame of the {name} makes getting on and off easy, even with a loaded rear rack.':
    'Der tiefe Einstieg von {name} macht das Auf- und Absteigen leicht, auch mit beladenem Gepäckträger.',
  'The {name} is the relaxed way to tour: a wave frame, {wheelSize}-inch wheels and a {gears}.':
    '{name} ist die entspannte Art zu reisen: Wave-Rahmen, {wheelSize}-Zoll-Laufräder und {gears}.',
  'Whether you ride to the market or along the river, the {name} from {brand} is comfortable from the first metre.':
    'Ob zum Markt oder am Fluss entlang: {name} von {brand} ist vom ersten Meter an bequem.',
  'The {name} is a playful hardtail with a {material} frame, {wheelSize}-inch wheels and {suspensionTravel} mm of fork travel.':
    '{name} ist ein verspieltes Hardtail mit Rahmen aus {material}, {wheelSize}-Zoll-Laufrädern und {suspensionTravel} mm Federweg an der Gabel.',
  'Climbing efficiency meets confident handling: the {name} is built for forest trails and marathon races.':
    'Effizient bergauf, souverän im Handling: {name} ist für Waldtrails und Marathonrennen gebaut.',
  '{brand} kept the {name} simple, light and fast, the way a hardtail should be.':
    '{brand} hat {name} schlicht, leicht und schnell gehalten – so, wie ein Hardtail sein soll.',
  'With {suspensionTravel} mm of travel front and rear, the {name} handles roots, rocks and drops with ease.':
    'Mit {suspensionTravel} mm Federweg vorn und hinten meistert {name} Wurzeln, Steine und Sprünge mit Leichtigkeit.',
  'The {name} is a trail bike for long days in the mountains, with a {material} frame and {wheelSize}-inch wheels.':
    '{name} ist ein Trailbike für lange Tage in den Bergen, mit Rahmen aus {material} und {wheelSize}-Zoll-Laufrädern.',
  '{brand} developed the four-bar suspension of the {name} to stay active under braking and firm when pedalling.':
    '{brand} hat den Viergelenk-Hinterbau von {name} so entwickelt, dass er beim Bremsen aktiv und beim Treten straff bleibt.',
  'The {name} is an endurance road bike with a {material} frame that is light, stiff and comfortable.':
    '{name} ist ein Endurance-Rennrad mit Rahmen aus {material}: leicht, steif und komfortabel.',
  'Fast group rides and long solo days: the {name} from {brand} is made for both.':
    'Schnelle Gruppenausfahrten und lange Solotage: {name} von {brand} ist für beides gemacht.',
  'With a {gears} and aerodynamic tube shapes, the {name} turns watts into speed.':
    'Mit {gears} und aerodynamischen Rohrformen macht {name} aus Watt Geschwindigkeit.',
  'The {name} is at home where the tarmac ends: 45 mm tyres, a {material} frame and mounts for bikepacking bags.':
    '{name} ist da zu Hause, wo der Asphalt endet: 45-mm-Reifen, Rahmen aus {material} und Ösen für Bikepacking-Taschen.',
  'From the commute to a week of bikepacking, the {name} by {brand} is ready for any surface.':
    'Vom Arbeitsweg bis zur Bikepacking-Woche: {name} von {brand} ist für jeden Untergrund bereit.',
  'The {name} combines the speed of a road bike with the comfort and grip needed on gravel.':
    '{name} verbindet das Tempo eines Rennrads mit dem Komfort und Grip, den Schotter verlangt.',
  'The {name} is a robust city bike with a {gears} and everything you need for the daily ride into town.':
    '{name} ist ein robustes Cityrad mit {gears} und allem, was Sie für die tägliche Fahrt in die Stadt brauchen.',
  'Upright, comfortable and low-maintenance: the {name} from {brand} gets you through the city in style.':
    'Aufrecht, bequem und wartungsarm: Mit {name} von {brand} kommen Sie stilvoll durch die Stadt.',
  'The {name} brings the classic Dutch-style riding position to a modern {material} frame.':
    '{name} bringt die klassische Hollandrad-Sitzposition auf einen modernen Rahmen aus {material}.',
  'The {name} folds in under 20 seconds into a package that fits under a train seat.':
    '{name} lässt sich in weniger als 20 Sekunden zu einem Paket falten, das unter einen Zugsitz passt.',
  'With {wheelSize}-inch wheels and a {gears}, the {name} rides like a full-size bike and folds like a suitcase.':
    'Mit {wheelSize}-Zoll-Laufrädern und {gears} fährt {name} wie ein großes Rad und faltet sich wie ein Koffer.',
  '{brand} built the {name} for commuters who combine the bike with bus, train and car.':
    '{brand} hat {name} für Pendlerinnen und Pendler gebaut, die das Rad mit Bus, Bahn und Auto kombinieren.',
  'The {name} is a light kids’ bike with {wheelSize}-inch wheels and child-sized brake levers.':
    '{name} ist ein leichtes Kinderrad mit {wheelSize}-Zoll-Laufrädern und Bremshebeln für kleine Hände.',
  'At just {weight} kg, the {name} is easy for young riders to handle and to lift.':
    'Mit nur {weight} kg lässt sich {name} von jungen Fahrerinnen und Fahrern leicht lenken und tragen.',
  '{brand} designed the {name} with a low centre of gravity so that children feel safe from day one.':
    '{brand} hat {name} mit tiefem Schwerpunkt gebaut, damit sich Kinder vom ersten Tag an sicher fühlen.',
  'The {name} is an e-trekking bike with a {motor} motor and a {batteryCapacity} Wh battery for tours of well over 100 km.':
    '{name} ist ein E-Trekkingrad mit Antrieb „{motor}“ und {batteryCapacity}-Wh-Akku für Touren von weit über 100 km.',
  'Long tours, heavy luggage, steep climbs: the {name} from {brand} takes them all in its stride.':
    'Lange Touren, schweres Gepäck, steile Anstiege: {name} von {brand} nimmt alles gelassen.',
  'With its stiff {material} diamond frame, the {name} stays stable even with fully loaded panniers.':
    'Mit seinem steifen Diamantrahmen aus {material} bleibt {name} auch mit voll beladenen Packtaschen stabil.',
  'The {name} combines a low-step wave frame with a {motor} motor for relaxed touring.':
    '{name} verbindet einen Wave-Rahmen mit tiefem Einstieg und einen Antrieb „{motor}“ für entspannte Touren.',
  'Easy to get on, easy to ride: the {name} from {brand} makes every trip a pleasure.':
    'Leicht aufsteigen, leicht fahren: {name} von {brand} macht jede Fahrt zum Vergnügen.',
  'A {batteryCapacity} Wh battery and a {motor} motor make the {name} a reliable companion for everyday life and holidays.':
    'Ein {batteryCapacity}-Wh-Akku und ein Antrieb „{motor}“ machen {name} zum verlässlichen Begleiter in Alltag und Urlaub.',
  'The {name} is an electric hardtail with a {motor} motor and {suspensionTravel} mm of fork travel.':
    '{name} ist ein E-Hardtail mit Antrieb „{motor}“ und {suspensionTravel} mm Federweg an der Gabel.',
  'Forest tracks, gravel roads and the occasional trail: the {name} from {brand} climbs everything.':
    'Waldwege, Schotterstraßen und ab und zu ein Trail: {name} von {brand} klettert überall hinauf.',
  'A {batteryCapacity} Wh battery gives the {name} enough range for a full day in the hills.':
    'Ein {batteryCapacity}-Wh-Akku gibt {name} genug Reichweite für einen ganzen Tag in den Hügeln.',
  'The {name} is a full-suspension e-MTB with {suspensionTravel} mm of travel and a {batteryCapacity} Wh battery.':
    '{name} ist ein vollgefedertes E-MTB mit {suspensionTravel} mm Federweg und {batteryCapacity}-Wh-Akku.',
  'Uphill flow, downhill fun: the {name} from {brand} is built for big days on technical trails.':
    'Flow bergauf, Spaß bergab: {name} von {brand} ist für lange Tage auf technischen Trails gebaut.',
  'A {motor} motor and a {material} frame make the {name} powerful and precise.':
    'Antrieb „{motor}“ und ein Rahmen aus {material} machen {name} kraftvoll und präzise.',
  'The {name} is an e-city bike with a quiet {motor} motor and a {gears}.':
    '{name} ist ein E-Cityrad mit leisem Antrieb „{motor}“ und {gears}.',
  'Arrive at work without breaking a sweat: the {name} from {brand} makes commuting easy.':
    'Ohne Schweiß zur Arbeit: {name} von {brand} macht das Pendeln leicht.',
  'A {batteryCapacity} Wh battery is enough for a week of commuting with the {name}.':
    'Ein {batteryCapacity}-Wh-Akku reicht mit {name} für eine ganze Pendelwoche.',
  'The {name} carries two children or a week of groceries, supported by a {motor} motor.':
    '{name} trägt zwei Kinder oder den Wocheneinkauf, unterstützt von einem Antrieb „{motor}“.',
  'Leave the car at home: the {name} from {brand} carries up to 200 kg including the rider.':
    'Lassen Sie das Auto stehen: {name} von {brand} trägt bis zu 200 kg einschließlich Fahrerin oder Fahrer.',
  'A low loading platform and a {batteryCapacity} Wh battery make the {name} a true car replacement.':
    'Eine tiefe Ladefläche und ein {batteryCapacity}-Wh-Akku machen {name} zum echten Autoersatz.',
  'The {name} protects with an in-mould shell and a fit system that adjusts with one hand.':
    '{name} schützt mit In-Mold-Schale und einem Anpasssystem, das sich mit einer Hand einstellen lässt.',
  'Light, well ventilated and safe: the {name} from {brand} weighs only {weight} kg.':
    'Leicht, gut belüftet und sicher: {name} von {brand} wiegt nur {weight} kg.',
  'The {name} has a rotational impact protection layer and a removable, washable liner.':
    '{name} hat eine Schutzschicht gegen Rotationskräfte und ein herausnehmbares, waschbares Innenpolster.',
  'The {name} is approved for road use in Germany (StVZO) and lights up the road without dazzling oncoming traffic.':
    '{name} ist nach StVZO zugelassen und leuchtet die Straße aus, ohne den Gegenverkehr zu blenden.',
  'Bright, compact and easy to fit: the {name} from {brand} runs on {powerSource}.':
    'Hell, kompakt und schnell montiert: {name} von {brand} läuft mit {powerSource}.',
  'The {name} switches on automatically when it gets dark and has a standlight for stops at traffic lights.':
    '{name} schaltet sich bei Dunkelheit automatisch ein und hat ein Standlicht für den Halt an der Ampel.',
  'The {name} has a security level of {securityLevel} and comes with two keys and a code card.':
    '{name} hat die Sicherheitsstufe {securityLevel} und wird mit zwei Schlüsseln und einer Codekarte geliefert.',
  'Made of {material}, the {name} from {brand} resists bolt cutters and saws.':
    'Aus {material} gefertigt, widersteht {name} von {brand} Bolzenschneidern und Sägen.',
  'The {name} is the lock our workshop recommends for everyday parking in the city.':
    '{name} ist das Schloss, das unsere Werkstatt für das tägliche Abstellen in der Stadt empfiehlt.',
  'The {name} holds {volume} litres and clicks onto the rack in a second.':
    '{name} fasst {volume} Liter und klickt in einer Sekunde am Gepäckträger ein.',
  'Made of {material}, the {name} from {brand} survives years of daily commuting.':
    'Aus {material} gefertigt, übersteht {name} von {brand} jahrelanges tägliches Pendeln.',
  'Groceries, a laptop or camping gear: the {name} carries it all safely on the rack.':
    'Einkäufe, Laptop oder Campingausrüstung: {name} trägt alles sicher auf dem Gepäckträger.',
  'The {name} holds {volume} litres of gear and attaches with Velcro straps in moments.':
    '{name} fasst {volume} Liter Ausrüstung und ist mit Klettriemen im Nu befestigt.',
  'Built for bikepacking and daily rides, the {name} from {brand} keeps its shape when half empty.':
    'Gebaut für Bikepacking und den Alltag, behält {name} von {brand} auch halb leer seine Form.',
  'Snacks, a phone and a rain jacket go into the {name}, right where you can reach them.':
    'Snacks, Handy und Regenjacke kommen in {name}, genau dorthin, wo Sie sie erreichen.',
  'The {name} fits every standard bottle cage and is made of {material}.':
    '{name} passt in jeden üblichen Flaschenhalter und besteht aus {material}.',
  'Easy to squeeze and easy to clean: the {name} from {brand} holds {volume} litres.':
    'Leicht zu drücken und leicht zu reinigen: {name} von {brand} fasst {volume} Liter.',
  'The {name} has a leak-proof valve that opens with your teeth while riding.':
    '{name} hat ein auslaufsicheres Ventil, das sich während der Fahrt mit den Zähnen öffnen lässt.',
  'The {name} are made of {material} for a consistent bite in the dry and in the wet.':
    '{name} bestehen aus {material} und packen bei Trockenheit und Nässe gleichmäßig zu.',
  'Worn pads are a safety risk: the {name} from {brand} restore full braking power.':
    'Abgefahrene Beläge sind ein Sicherheitsrisiko: {name} von {brand} stellen die volle Bremskraft wieder her.',
  'The {name} fit {compatibility} and come as a pair with a retaining spring.':
    '{name} passen für {compatibility} und werden paarweise mit Haltefeder geliefert.',
  'The {name} shifts precisely under load and comes with a reusable quick link.':
    '{name} schaltet auch unter Last präzise und wird mit wiederverwendbarem Kettenschloss geliefert.',
  'Made of {material}, the {name} from {brand} resists stretching and corrosion.':
    'Aus {material} gefertigt, widersteht {name} von {brand} Längung und Korrosion.',
  'A fresh chain protects your cassette and chainrings: the {name} is a worthwhile investment.':
    'Eine neue Kette schont Kassette und Kettenblätter: {name} ist eine lohnende Investition.',
  'The {name} with a {valve} valve is a reliable spare for your tyre size.':
    '{name} mit Ventil „{valve}“ ist ein verlässlicher Ersatz für Ihre Reifengröße.',
  'Always carry a spare: the {name} from {brand} folds small enough for a saddle bag.':
    'Immer einen Ersatz dabei: {name} von {brand} lässt sich klein genug für die Satteltasche falten.',
  'The {name} is made of {material} and holds its pressure for weeks.':
    '{name} besteht aus {material} und hält den Druck wochenlang.',
  'The {name} is {tyreWidth} mm wide and combines low rolling resistance with a puncture protection belt.':
    '{name} ist {tyreWidth} mm breit und verbindet geringen Rollwiderstand mit einem Pannenschutzgürtel.',
  'Grip when you need it, speed when you want it: the {name} from {brand} is a versatile choice.':
    'Grip, wenn Sie ihn brauchen, Tempo, wenn Sie es wollen: {name} von {brand} ist eine vielseitige Wahl.',
  'The {name} has a reflective sidewall and a compound that stays supple in the cold.':
    '{name} hat eine reflektierende Flanke und eine Gummimischung, die auch bei Kälte geschmeidig bleibt.',
  'The {name} has the tools you need for roadside repairs, made of {material}.':
    '{name} bietet das Werkzeug für Reparaturen unterwegs, gefertigt aus {material}.',
  'Small enough for a jersey pocket: the {name} from {brand} weighs only {weight} kg.':
    'Klein genug für die Trikottasche: {name} von {brand} wiegt nur {weight} kg.',
  'The {name} is a workshop favourite for quick adjustments on the go.':
    '{name} ist ein Werkstattliebling für schnelle Einstellungen unterwegs.',
  'The {name} inflates tyres up to {maxPressure} bar and works with {valve} valves.':
    '{name} pumpt Reifen bis {maxPressure} bar auf und passt für diese Ventile: {valve}.',
  'Correct tyre pressure means fewer punctures: the {name} from {brand} makes it easy.':
    'Der richtige Reifendruck heißt weniger Pannen: {name} von {brand} macht es einfach.',
  'The {name} has a precise gauge and a head that switches valve types automatically.':
    '{name} hat ein genaues Manometer und einen Pumpenkopf, der sich automatisch auf das Ventil einstellt.',
  'The {name} keeps your drivetrain running quietly and protects it from rust.':
    '{name} hält Ihren Antrieb leise und schützt ihn vor Rost.',
  'Apply, let it soak in, wipe off: the {name} from {brand} lasts for hundreds of kilometres.':
    'Auftragen, einwirken lassen, abwischen: {name} von {brand} hält Hunderte Kilometer.',
  'The {name} is based on {material} and repels water and dirt.':
    '{name} basiert auf {material} und weist Wasser und Schmutz ab.',
  'The {name} power bike lights, computers and other small devices reliably.':
    '{name} versorgen Fahrradlampen, Radcomputer und andere Kleingeräte zuverlässig mit Strom.',
  'Long shelf life and no leaking: the {name} from {brand} are made for outdoor use.':
    'Lange haltbar und auslaufsicher: {name} von {brand} sind für draußen gemacht.',
  'The {name} keep their capacity even in cold weather.': '{name} behalten ihre Kapazität auch bei Kälte.',
  'The {name} wicks moisture away quickly and has three back pockets for food and a phone.':
    '{name} leitet Feuchtigkeit schnell ab und hat drei Rückentaschen für Proviant und Handy.',
  'Made of {material}, the {name} from {brand} feels comfortable from the first to the last kilometre.':
    'Aus {material} gefertigt, fühlt sich {name} von {brand} vom ersten bis zum letzten Kilometer angenehm an.',
  'The {name} has a full-length zip and a race cut that does not flap in the wind.':
    '{name} hat einen durchgehenden Reißverschluss und einen Race-Schnitt, der im Wind nicht flattert.',
  'The {name} have a multi-density chamois that stays comfortable on long rides.':
    '{name} haben ein Sitzpolster mit mehreren Dichten, das auch auf langen Fahrten bequem bleibt.',
  'Compression where it helps, freedom where you need it: the {name} from {brand} fit like a second skin.':
    'Kompression, wo sie hilft, Freiheit, wo Sie sie brauchen: {name} von {brand} sitzen wie eine zweite Haut.',
  'The {name} are made of {material} and have silicone leg grippers that stay in place.':
    '{name} bestehen aus {material} und haben Silikon-Beinabschlüsse, die nicht verrutschen.',
  'The {name} keeps you dry with a {material} and taped seams.':
    '{name} hält Sie trocken – mit {material} und verschweißten Nähten.',
  'Cut for the riding position with a long back, the {name} from {brand} keeps road spray out.':
    'Mit langem Rücken für die Sitzposition geschnitten, hält {name} von {brand} Spritzwasser ab.',
  'The {name} packs into its own pocket and weighs just {weight} kg.':
    '{name} lässt sich in die eigene Tasche packen und wiegt nur {weight} kg.',
  'The {name} is a fully waterproof shell made of {material} for wind, rain and snow.':
    '{name} ist eine vollständig wasserdichte Jacke aus {material} für Wind, Regen und Schnee.',
  'Built for alpine tours, the {name} from {brand} has a helmet-compatible hood and pit zips.':
    'Für alpine Touren gebaut, hat {name} von {brand} eine helmtaugliche Kapuze und Belüftungsreißverschlüsse unter den Armen.',
  'The {name} is tough enough for scrambles and light enough to carry all day.':
    '{name} ist robust genug für Kraxeleien und leicht genug, um sie den ganzen Tag zu tragen.',
  'The {name} blocks the wind, breathes well and stretches with every move.':
    '{name} hält den Wind ab, atmet gut und dehnt sich bei jeder Bewegung mit.',
  'From ski touring to autumn rides, the {name} from {brand} is a versatile outer layer.':
    'Von der Skitour bis zur Herbstausfahrt ist {name} von {brand} eine vielseitige Außenschicht.',
  'The {name} is made of {material} with a water-repellent finish.':
    '{name} besteht aus {material} mit wasserabweisender Ausrüstung.',
  'The {name} is a warm layer of {material} that breathes during activity.':
    '{name} ist eine warme Schicht aus {material}, die bei Bewegung atmet.',
  'Worn alone or under a shell, the {name} from {brand} keeps you warm from autumn to spring.':
    'Allein oder unter einer Jacke getragen, hält Sie {name} von {brand} vom Herbst bis zum Frühling warm.',
  'The {name} is soft, light and packs down small.': '{name} ist weich, leicht und klein verpackbar.',
  'The {name} transfers power efficiently thanks to a stiff sole.':
    '{name} überträgt die Kraft dank steifer Sohle effizient.',
  'Comfortable on the bike and walkable off it: the {name} from {brand} is made for long days.':
    'Bequem auf dem Rad und gut zu Fuß: {name} von {brand} ist für lange Tage gemacht.',
  'The {name} has a {material} and a dial closure that adjusts in small steps.':
    '{name} hat {material} und einen Drehverschluss, der sich in kleinen Schritten einstellen lässt.',
  'The {name} gives your ankles support on rocky paths and grips on wet ground.':
    '{name} stützt die Knöchel auf steinigen Wegen und greift auch auf nassem Boden.',
  'Broken in after a few kilometres, the {name} from {brand} stays comfortable for years.':
    'Nach wenigen Kilometern eingelaufen, bleibt {name} von {brand} jahrelang bequem.',
  'The {name} has a {material} upper and a shock-absorbing midsole.':
    '{name} hat ein Obermaterial aus {material} und eine stoßdämpfende Zwischensohle.',
  'The {name} have gel padding in the palm that reduces numbness on long rides.':
    '{name} haben Gelpolster in der Handfläche, die Taubheitsgefühle auf langen Fahrten verringern.',
  'Grip and control in every weather: the {name} from {brand} have touchscreen-compatible fingertips.':
    'Grip und Kontrolle bei jedem Wetter: {name} von {brand} haben touchscreenfähige Fingerkuppen.',
  'The {name} have a {material} and a terry thumb for wiping your nose.':
    '{name} haben {material} und einen Frottee-Daumen zum Naseputzen.',
  'The {name} fits under any helmet and keeps sun and rain out of your eyes.':
    '{name} passt unter jeden Helm und hält Sonne und Regen von den Augen fern.',
  'Made of {material}, the {name} from {brand} is a classic for every ride.':
    'Aus {material} gefertigt, ist {name} von {brand} ein Klassiker für jede Ausfahrt.',
  'The {name} is one size fits most and stretches comfortably.':
    '{name} passt in einer Größe fast allen und dehnt sich angenehm.',
  'The {name} sleeps {capacity} and pitches outer and inner tent together in minutes.':
    '{name} bietet Platz für {capacity} Personen; Außen- und Innenzelt stehen gemeinsam in wenigen Minuten.',
  'Light enough for bikepacking and stable in the wind: the {name} from {brand} weighs {weight} kg.':
    'Leicht genug fürs Bikepacking und stabil im Wind: {name} von {brand} wiegt {weight} kg.',
  'The {name} is made of {material} with aluminium poles.': '{name} besteht aus {material} mit Aluminiumgestänge.',
  'The {name} sleeps {capacity} in darkened cabins and has a living area you can stand up in.':
    '{name} bietet {capacity} Personen Platz in abgedunkelten Kabinen und hat einen Wohnraum mit Stehhöhe.',
  'Camping holidays with the whole family: the {name} from {brand} has room for everyone.':
    'Campingurlaub mit der ganzen Familie: {name} von {brand} hat Platz für alle.',
  'The {name} is made of {material} and stays cool in the morning sun.':
    '{name} besteht aus {material} und bleibt in der Morgensonne kühl.',
  'The {name} keeps you comfortable down to {comfortTemperature} °C.':
    '{name} hält Sie bis {comfortTemperature} °C angenehm warm.',
  'The mummy cut of the {name} from {brand} keeps the warmth where it belongs.':
    'Der Mumienschnitt von {name} von {brand} hält die Wärme dort, wo sie hingehört.',
  'Filled with {material}, the {name} packs down small and lofts quickly.':
    'Gefüllt mit {material}, lässt sich {name} klein verpacken und bauscht sich schnell wieder auf.',
  'The {name} insulates from the cold ground and weighs only {weight} kg.':
    '{name} isoliert gegen den kalten Boden und wiegt nur {weight} kg.',
  'A good night’s sleep on the trail: the {name} from {brand} is comfortable even for side sleepers.':
    'Gut schlafen unterwegs: {name} von {brand} ist sogar für Seitenschläfer bequem.',
  'The {name} is made of {material} and rolls up small.':
    '{name} besteht aus {material} und lässt sich klein zusammenrollen.',
  'The {name} holds {volume} litres and has a ventilated back panel for warm days.':
    '{name} fasst {volume} Liter und hat ein belüftetes Rückenteil für warme Tage.',
  'For day hikes and the office: the {name} from {brand} carries everything comfortably.':
    'Für Tageswanderungen und das Büro: {name} von {brand} trägt alles bequem.',
  'The {name} is made of {material} and has a padded laptop sleeve.':
    '{name} besteht aus {material} und hat ein gepolstertes Laptopfach.',
  'The {name} carries heavy loads comfortably thanks to an adjustable back system and a padded hip belt.':
    '{name} trägt dank verstellbarem Rückensystem und gepolstertem Hüftgurt auch schwere Lasten bequem.',
  'Multi-day tours and long-distance trails: the {name} from {brand} has room for {volume} litres.':
    'Mehrtagestouren und Fernwanderwege: {name} von {brand} bietet Platz für {volume} Liter.',
  'The {name} opens from the top and the front, so you reach everything quickly.':
    '{name} öffnet sich oben und vorn, damit Sie schnell an alles herankommen.',
  'The {name} sits close to the body and does not move on rough trails.':
    '{name} sitzt körpernah und verrutscht auch auf ruppigen Trails nicht.',
  'Tools, a jacket and water for the whole ride: the {name} from {brand} holds {volume} litres.':
    'Werkzeug, Jacke und Wasser für die ganze Tour: {name} von {brand} fasst {volume} Liter.',
  'The {name} has a hydration sleeve and a helmet holder.':
    '{name} hat ein Fach für die Trinkblase und eine Helmhalterung.',
  'The {name} boils a litre of water in about four minutes.':
    '{name} bringt einen Liter Wasser in etwa vier Minuten zum Kochen.',
  'Reliable even at altitude: the {name} from {brand} is made of {material}.':
    'Zuverlässig auch in der Höhe: {name} von {brand} besteht aus {material}.',
  'The {name} has a piezo igniter and a wind shield.': '{name} hat eine Piezozündung und einen Windschutz.',
  'The {name} is made of {material} and nests with a gas canister inside.':
    '{name} besteht aus {material} und nimmt eine Gaskartusche in sich auf.',
  'Cook, eat, wash up: the {name} from {brand} is made for life outdoors.':
    'Kochen, essen, abwaschen: {name} von {brand} ist für das Leben draußen gemacht.',
  'The {name} has folding handles and a lid with a strainer.': '{name} hat klappbare Griffe und einen Deckel mit Sieb.',
  'The printed owner’s manual for all {family} models from {brand}, with {pages} pages.':
    'Die gedruckte Bedienungsanleitung für alle {family}-Modelle von {brand}, mit {pages} Seiten.',
  'Everything you need to know about your {brand} {family}: setup, care and maintenance, printed on {pages} pages.':
    'Alles, was Sie über Ihr {brand} {family} wissen müssen: Einstellung, Pflege und Wartung, gedruckt auf {pages} Seiten.',
  '{name} explains repairs from fixing a puncture to servicing a hub, on {pages} pages.':
    '„{name}“ erklärt Reparaturen von der Reifenpanne bis zum Nabenservice, auf {pages} Seiten.',
  'Written by workshop professionals, {name} is the reference for home mechanics.':
    'Von Werkstattprofis geschrieben, ist „{name}“ das Nachschlagewerk für alle, die selbst schrauben.',
  '{name} describes the route in daily stages with maps at 1:75,000.':
    '„{name}“ beschreibt die Route in Tagesetappen mit Karten im Maßstab 1:75.000.',
  'Where to sleep, where to eat, what to see: {name} has it all on {pages} pages.':
    'Wo schlafen, wo essen, was ansehen: „{name}“ hat alles auf {pages} Seiten.',
  '{name}: our workshop checks brakes, gears, wheels and bearings and adjusts everything that needs it.':
    '{name}: Unsere Werkstatt prüft Bremsen, Schaltung, Laufräder und Lager und stellt alles ein, was es braucht.',
  'Keep your bike safe and running smoothly: {name} takes about {duration} minutes in one of our stores.':
    'Damit Ihr Rad sicher und leicht läuft: {name} dauert in einer unserer Filialen etwa {duration} Minuten.',
  '{name}: a trained fitter adjusts saddle, handlebar and cleats to your body in about {duration} minutes.':
    '{name}: Eine geschulte Fachkraft stellt Sattel, Lenker und Schuhplatten in etwa {duration} Minuten auf Ihren Körper ein.',
  'Ride further without pain: {name} finds the position that suits you.':
    'Weiter fahren ohne Schmerzen: {name} findet die Sitzposition, die zu Ihnen passt.',

  // Description details
  'Hydraulic disc brakes deliver reliable stopping power in the wet.':
    'Hydraulische Scheibenbremsen bremsen auch bei Nässe zuverlässig.',
  'A hub dynamo powers the LED lights, so you are always seen without thinking about batteries.':
    'Ein Nabendynamo versorgt die LED-Beleuchtung, damit Sie immer gesehen werden, ohne an Batterien zu denken.',
  'The rear rack carries up to 25 kg and takes common pannier systems.':
    'Der Gepäckträger trägt bis zu 25 kg und nimmt gängige Packtaschensysteme auf.',
  'Full-length mudguards, a chain guard and a sturdy kickstand make it ready for everyday use.':
    'Lange Schutzbleche, Kettenschutz und ein stabiler Ständer machen es alltagstauglich.',
  'Puncture-resistant touring tyres roll smoothly on tarmac and gravel paths alike.':
    'Pannensichere Tourenreifen rollen auf Asphalt und Schotterwegen gleichermaßen leicht.',
  'A suspension fork and seatpost take the sting out of cobbles and forest tracks.':
    'Federgabel und Federsattelstütze nehmen Kopfsteinpflaster und Waldwegen die Härte.',
  'Modern trail geometry with a slack head angle keeps it calm on steep descents.':
    'Moderne Trailgeometrie mit flachem Lenkwinkel sorgt für Ruhe in steilen Abfahrten.',
  'Internal cable routing and a dropper post compatible seat tube keep the cockpit tidy.':
    'Innenverlegte Züge und ein Sitzrohr für absenkbare Sattelstützen halten das Cockpit aufgeräumt.',
  'Tubeless-ready rims let you run lower pressures for more grip.':
    'Tubeless-taugliche Felgen erlauben weniger Luftdruck für mehr Grip.',
  'Four-piston hydraulic disc brakes give plenty of control on long descents.':
    'Hydraulische Vierkolben-Scheibenbremsen geben auf langen Abfahrten viel Kontrolle.',
  'A wide-range 1x drivetrain makes steep climbs manageable without a front derailleur.':
    'Ein 1x-Antrieb mit großer Bandbreite macht steile Anstiege ohne Umwerfer machbar.',
  'Clearance for tyres up to 35 mm makes it comfortable on rough country roads.':
    'Platz für Reifen bis 35 mm macht es auf rauen Landstraßen komfortabel.',
  'Hydraulic disc brakes with 160 mm rotors stop reliably in any weather.':
    'Hydraulische Scheibenbremsen mit 160-mm-Scheiben bremsen bei jedem Wetter zuverlässig.',
  'Hidden mudguard mounts turn it into a fast all-season commuter.':
    'Versteckte Schutzblechösen machen es zum schnellen Ganzjahres-Pendlerrad.',
  'The endurance geometry keeps you comfortable on rides of 100 km and more.':
    'Die Endurance-Geometrie hält Sie auf Ausfahrten von 100 km und mehr bequem im Sattel.',
  'Thru-axles front and rear make the frame stiff and precise.':
    'Steckachsen vorn und hinten machen den Rahmen steif und präzise.',
  'The enclosed chain guard keeps trousers clean on the way to the office.':
    'Der geschlossene Kettenkasten hält die Hose auf dem Weg ins Büro sauber.',
  'An upright riding position gives you a good view of the traffic.':
    'Die aufrechte Sitzposition gibt Ihnen einen guten Überblick über den Verkehr.',
  'The integrated frame lock and dynamo lights come fitted as standard.':
    'Rahmenschloss und Dynamobeleuchtung sind serienmäßig montiert.',
  'Low-maintenance hub gears and roller brakes need little more than air in the tyres.':
    'Wartungsarme Nabenschaltung und Rollenbremsen brauchen kaum mehr als Luft in den Reifen.',
  'A front carrier takes a basket or a crate of drinks.':
    'Ein Frontträger nimmt einen Korb oder eine Getränkekiste auf.',
  'Short cranks and a narrow bottom bracket make pedalling efficient for small legs.':
    'Kurze Kurbeln und ein schmales Tretlager machen das Treten für kurze Beine effizient.',
  'The saddle and handlebar can be raised as your child grows.':
    'Sattel und Lenker lassen sich erhöhen, wenn Ihr Kind wächst.',
  'Reflectors and a bell are fitted, so it is road-legal straight away.':
    'Reflektoren und Klingel sind montiert, damit es sofort verkehrssicher ist.',
  'Puncture-resistant tyres keep the fun going on gravel and in the park.':
    'Pannensichere Reifen sorgen für ungebremsten Spaß auf Schotter und im Park.',
  'The battery is integrated in the down tube and can be removed for charging indoors.':
    'Der Akku ist ins Unterrohr integriert und lässt sich zum Laden in der Wohnung herausnehmen.',
  'A handlebar display shows speed, range and assistance level at a glance.':
    'Ein Lenkerdisplay zeigt Geschwindigkeit, Reichweite und Unterstützungsstufe auf einen Blick.',
  'Four assistance modes and a walk-assist function cover every situation.':
    'Vier Unterstützungsstufen und eine Schiebehilfe decken jede Situation ab.',
  'The motor responds smoothly to pedal pressure and supports up to 25 km/h.':
    'Der Motor reagiert feinfühlig auf den Pedaldruck und unterstützt bis 25 km/h.',
  'A 4 A fast charger fills the battery in about four hours.':
    'Ein 4-A-Schnellladegerät lädt den Akku in etwa vier Stunden.',
  'Hydraulic disc brakes with large rotors are matched to the higher weight and speed.':
    'Hydraulische Scheibenbremsen mit großen Scheiben sind auf das höhere Gewicht und Tempo abgestimmt.',
  'A rain cover and child seats are available as accessories.': 'Regenverdeck und Kindersitze gibt es als Zubehör.',
  'The double-leg kickstand keeps the bike stable while loading.':
    'Der Zweibeinständer hält das Rad beim Beladen stabil.',
  'Eighteen vents keep your head cool on hot climbs.':
    'Achtzehn Belüftungsöffnungen halten den Kopf an heißen Anstiegen kühl.',
  'An integrated rear light makes you visible in the dark.':
    'Ein integriertes Rücklicht macht Sie im Dunkeln sichtbar.',
  'The magnetic buckle can be opened and closed with gloves on.':
    'Der Magnetverschluss lässt sich auch mit Handschuhen öffnen und schließen.',
  'It is tested to EN 1078 and comes with a spare set of pads.':
    'Er ist nach EN 1078 geprüft und wird mit Ersatzpolstern geliefert.',
  'Fitting takes a few minutes and needs no special tools.':
    'Die Montage dauert wenige Minuten und braucht kein Spezialwerkzeug.',
  'It comes with a two-year warranty and spare parts are available in our stores.':
    'Es gibt zwei Jahre Garantie, und Ersatzteile bekommen Sie in unseren Filialen.',
  'Our workshop team can fit it for you when you collect your bike.':
    'Unser Werkstattteam montiert es Ihnen gern, wenn Sie Ihr Rad abholen.',
  'It has proven itself on thousands of kilometres of daily commuting.':
    'Es hat sich auf Tausenden Kilometern im täglichen Pendelverkehr bewährt.',
  'The tool-free bracket fits handlebars from 22 to 35 mm.':
    'Die werkzeuglose Halterung passt an Lenker von 22 bis 35 mm.',
  'A battery indicator shows when it is time to recharge.': 'Eine Akkuanzeige zeigt, wann es Zeit zum Aufladen ist.',
  'A frame bracket is included, so you never have to carry it in your bag.':
    'Eine Rahmenhalterung ist dabei, damit Sie es nie in der Tasche tragen müssen.',
  'The lock cylinder is protected against dirt and picking.':
    'Der Schließzylinder ist gegen Schmutz und Aufsperren geschützt.',
  'Replacement keys can be ordered with the code card.': 'Ersatzschlüssel lassen sich mit der Codekarte nachbestellen.',
  'The quick-release mounting fits racks with tubes from 8 to 16 mm.':
    'Die Schnellbefestigung passt an Gepäckträger mit Rohren von 8 bis 16 mm.',
  'A roll closure keeps out rain and road spray.': 'Ein Rollverschluss hält Regen und Spritzwasser draußen.',
  'Reflective stripes make you visible from the side.': 'Reflexstreifen machen Sie von der Seite sichtbar.',
  'An inner pocket keeps keys and phone organised.': 'Eine Innentasche hält Schlüssel und Handy geordnet.',
  'A waterproof zip keeps the contents dry.': 'Ein wasserdichter Reißverschluss hält den Inhalt trocken.',
  'It works with carbon frames thanks to protective pads at every contact point.':
    'Dank Schutzpolstern an allen Kontaktpunkten eignet sie sich auch für Carbonrahmen.',
  'It is dishwasher-safe and free of taste.': 'Sie ist spülmaschinenfest und geschmacksneutral.',
  'The wide opening takes ice cubes.': 'Durch die weite Öffnung passen Eiswürfel.',
  'Check your pads every 1,000 km; replace them when less than 1 mm of lining is left.':
    'Prüfen Sie die Beläge alle 1.000 km und tauschen Sie sie, wenn weniger als 1 mm Belag übrig ist.',
  'Our workshop fits them while you wait.': 'Unsere Werkstatt montiert sie, während Sie warten.',
  'The backing plate dissipates heat on long descents.': 'Die Trägerplatte leitet auf langen Abfahrten Wärme ab.',
  'Replace the chain when it has stretched by 0.5 percent; our stores measure it for free.':
    'Tauschen Sie die Kette, wenn sie sich um 0,5 Prozent gelängt hat; unsere Filialen messen kostenlos nach.',
  'It is pre-lubricated and ready to fit.': 'Sie ist vorgeschmiert und sofort montagebereit.',
  'Hollow pins save weight without compromising strength.':
    'Hohlbolzen sparen Gewicht, ohne die Festigkeit zu schmälern.',
  'Check the size printed on your tyre sidewall before ordering.':
    'Prüfen Sie vor der Bestellung die Größe, die auf der Reifenflanke steht.',
  'The valve core is removable, so you can add sealant.':
    'Der Ventileinsatz ist herausnehmbar, sodass Sie Dichtmilch einfüllen können.',
  'A puncture repair kit is a good companion to it.': 'Ein Flickzeug ist eine gute Ergänzung dazu.',
  'It is e-bike ready up to 50 km/h.': 'Er ist für E-Bikes bis 50 km/h geeignet.',
  'Replace tyres in pairs for a balanced ride.': 'Tauschen Sie Reifen paarweise für ein ausgewogenes Fahrverhalten.',
  'Our workshop fits new tyres while you wait.': 'Unsere Werkstatt montiert neue Reifen, während Sie warten.',
  'The bits are laser-marked so you find the right size quickly.':
    'Die Bits sind lasermarkiert, damit Sie schnell die richtige Größe finden.',
  'A neoprene pouch protects it in a bag or jersey pocket.':
    'Eine Neoprenhülle schützt es in Tasche oder Trikottasche.',
  'A bottle-cage mount is included.': 'Eine Halterung für den Flaschenhalter ist dabei.',
  'The aluminium barrel is light and durable.': 'Der Aluminiumzylinder ist leicht und langlebig.',
  'A precision nozzle puts the oil exactly where it is needed.':
    'Eine Präzisionsdüse bringt das Öl genau dorthin, wo es gebraucht wird.',
  'Clean the chain before oiling for the best results.':
    'Reinigen Sie die Kette vor dem Ölen, dann wird das Ergebnis am besten.',
  'One bottle is enough for many months of riding.': 'Eine Flasche reicht für viele Monate Fahrspaß.',
  'Please return used batteries to a collection point; our stores take them back.':
    'Bitte geben Sie leere Batterien an einer Sammelstelle ab; unsere Filialen nehmen sie zurück.',
  'They are free of mercury and cadmium.': 'Sie sind frei von Quecksilber und Cadmium.',
  'Flat-lock seams prevent chafing on long days.': 'Flachnähte verhindern Scheuerstellen an langen Tagen.',
  'Reflective details improve visibility at dusk.':
    'Reflektierende Details verbessern die Sichtbarkeit in der Dämmerung.',
  'The fabric dries quickly and stays fresh thanks to an odour-resistant finish.':
    'Der Stoff trocknet schnell und bleibt dank geruchshemmender Ausrüstung frisch.',
  'It is made from recycled fibres and produced under fair working conditions.':
    'Es besteht aus recycelten Fasern und wird unter fairen Arbeitsbedingungen hergestellt.',
  'A slim but not tight cut works on and off the bike.':
    'Ein schmaler, aber nicht enger Schnitt passt auf und neben dem Rad.',
  'It can be machine-washed at 30 °C.': 'Es ist bei 30 °C maschinenwaschbar.',
  'Underarm vents let heat escape on climbs.':
    'Belüftungsöffnungen unter den Armen lassen an Anstiegen Wärme entweichen.',
  'The hood fits under a helmet.': 'Die Kapuze passt unter einen Helm.',
  'It packs down small and fits into a pannier or backpack.':
    'Es lässt sich klein verpacken und passt in Packtasche oder Rucksack.',
  'Seams are taped and all materials are PFC-free.': 'Die Nähte sind verschweißt und alle Materialien PFC-frei.',
  'It was tested on multi-day tours in Scandinavia and the Alps.':
    'Es wurde auf Mehrtagestouren in Skandinavien und den Alpen getestet.',
  'Repair parts are available for many years, so it will last for a long time.':
    'Ersatzteile gibt es über viele Jahre, damit es lange hält.',
  'Cleats are sold separately and fitted free of charge in our stores.':
    'Schuhplatten gibt es separat; in unseren Filialen montieren wir sie kostenlos.',
  'The outsole can be resoled by a cobbler.': 'Die Laufsohle kann von einer Schuhmacherei erneuert werden.',
  'Two vestibules give room for panniers and boots.': 'Zwei Apsiden bieten Platz für Packtaschen und Schuhe.',
  'A sewn-in groundsheet keeps out draughts and insects.':
    'Ein eingenähter Zeltboden hält Zugluft und Insekten draußen.',
  'A draught collar and a two-way zip let you regulate the temperature.':
    'Ein Wärmekragen und ein Zwei-Wege-Reißverschluss lassen Sie die Temperatur regulieren.',
  'A repair kit and a stuff sack are included.': 'Ein Reparaturset und ein Packsack sind dabei.',
  'Side pockets take bottles up to one litre.': 'Seitentaschen nehmen Flaschen bis zu einem Liter auf.',
  'A rain cover is stowed in the base.': 'Eine Regenhülle steckt im Boden.',
  'A tool roll keeps spares organised.': 'Eine Werkzeugrolle hält Ersatzteile geordnet.',
  'Fuel is available in all our stores.': 'Brennstoff gibt es in all unseren Filialen.',
  'It covers adjustment of saddle and handlebar, tyre pressures, brake checks and the service schedule.':
    'Es behandelt die Einstellung von Sattel und Lenker, Reifendruck, Bremsenprüfung und Wartungsplan.',
  'Torque values and wear limits for every component are listed in a handy table.':
    'Anzugsmomente und Verschleißgrenzen aller Bauteile stehen in einer handlichen Tabelle.',
  'A copy comes with every new bike; this is a replacement or a gift for a second owner.':
    'Jedem neuen Rad liegt ein Exemplar bei; dieses ist Ersatz oder ein Geschenk für Zweitbesitzer.',
  'Step-by-step photos show every repair.': 'Schritt-für-Schritt-Fotos zeigen jede Reparatur.',
  'The spiral binding lets the book lie flat on the workbench.':
    'Dank Spiralbindung liegt das Buch flach auf der Werkbank.',
  'It includes a tool list and a glossary of technical terms.':
    'Es enthält eine Werkzeugliste und ein Glossar der Fachbegriffe.',
  'GPX tracks for every stage can be downloaded with a code in the book.':
    'GPX-Tracks für jede Etappe lassen sich mit einem Code aus dem Buch herunterladen.',
  'The water-resistant cover survives a rainy day in the handlebar bag.':
    'Der wasserfeste Umschlag übersteht einen Regentag in der Lenkertasche.',
  'Elevation profiles help you plan the daily distances.': 'Höhenprofile helfen Ihnen, die Tagesetappen zu planen.',
  'Parts are charged separately and only fitted after your approval.':
    'Teile werden gesondert berechnet und nur nach Ihrer Zustimmung eingebaut.',
  'Book a slot online and drop off your bike in the morning.':
    'Buchen Sie online einen Termin und bringen Sie Ihr Rad morgens vorbei.',
  'You receive a written report with recommendations.': 'Sie bekommen einen schriftlichen Bericht mit Empfehlungen.',
  'Bring your bike, shoes and cycling clothes.': 'Bringen Sie Ihr Rad, Ihre Schuhe und Ihre Radkleidung mit.',
  'The results are saved, so your next bike can be set up the same way.':
    'Die Ergebnisse werden gespeichert, damit Ihr nächstes Rad genauso eingestellt werden kann.',
};

/** Sizes and measures that read the same in both languages (S, XL, 50 cm, EU 42, 750 ml); so does text without letters (8/15, 2025). */
const NEUTRAL = /^(?:(?:XXS|XS|S|M|L|XL|XXL|S\/M|M\/L)|EU \d+|[\d.,]+(?: ?(?:cm|mm|ml|kg|l))?)$/;

/** The German of an English vocabulary entry; throws for a missing one so that a new text cannot ship untranslated. */
export function toGerman(english: string): string {
  const german = GERMAN[english];
  if (german !== undefined) return german;
  if (NEUTRAL.test(english) || !/[A-Za-z]/.test(english)) return english;
  throw new Error(`Demo seed: no German text for "${english}" (db/seed/catalog-data.de.ts)`);
}

/** An attribute value in German: words from the vocabulary, decimals with a comma (14.5 → 14,5). */
export function germanValue(value: string): string {
  if (/^\d+\.\d+$/.test(value)) return value.replace('.', ',');
  return toGerman(value);
}
