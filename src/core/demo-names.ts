// Curated word lists for the demo network: people's names, fictional companies, titles, places and phrases.

const list = (text: string): readonly string[] =>
  text
    .split('|')
    .map((item) => item.trim())
    .filter((item) => item !== '');

export const firstNames = list(`
  Ana|Sam|Priya|Ben|Maria|Tom|Jo|Lee|Aisha|Mateo|Sofia|Liam|Olivia|Noah|Emma|Lucas|Mia|Ethan|Amara|Kofi|
  Chidi|Ngozi|Oluwaseun|Femi|Zanele|Thabo|Wanjiru|Kwame|Abena|Tendai|Yusuf|Fatima|Omar|Layla|Hassan|Nour|
  Karim|Leila|Amir|Yasmin|Mehmet|Elif|Can|Zeynep|Dmitri|Olga|Ivan|Katya|Nikolai|Anya|Piotr|Agnieszka|Tomasz|
  Magdalena|Jan|Eva|Lukas|Hannah|Felix|Lena|Jonas|Clara|Matthias|Greta|Sven|Ingrid|Lars|Astrid|Mikkel|Freja|
  Aino|Eero|Siobhan|Ciarán|Aoife|Declan|Niamh|Rhys|Bethan|Callum|Isla|Fraser|Élodie|Théo|Camille|Louis|Chloé|
  Hugo|Inès|Léa|Giulia|Marco|Francesca|Luca|Chiara|Matteo|Lucía|Javier|Carmen|Diego|Valentina|Alejandro|
  Camila|Santiago|Isabela|João|Beatriz|Gabriel|Mariana|Rafael|Larissa|Thiago|Ximena|Emilio|Renata|Joaquín|
  Wei|Mei|Jun|Xiu|Hao|Lin|Yan|Chen|Hiroshi|Yuki|Aiko|Kenji|Sakura|Haruto|Ren|Mina|Ji-woo|Seo-yeon|Min-jun|
  Hyun|Soo-ah|Arjun|Ananya|Rohan|Kavya|Vikram|Meera|Aditya|Divya|Rahul|Sneha|Ishaan|Nisha|Sanjay|Lakshmi|
  Ravi|Farhan|Nadia|Imran|Sana|Tariq|Ayesha|Bilal|Minh|Linh|Quang|Thao|Somchai|Nok|Rizal|Putri|Andika|Siti|
  Jose|Maricel|Paolo|Aroha|Tane|Mere|Kai|Leilani|Noa|Talia|Eitan|Shira|Avi|Dana|Alex|Jordan|Taylor|Morgan|
  Riley|Casey|Jamie|Robin|Drew|Quinn|Sasha|Nicky|Chris|Pat|Marcus|Grace|Daniel|Rachel|David|Sarah|Michael|
  Laura|James|Emily|Kevin|Jessica|Andre|Tanya|Malik|Keisha|Darnell|Imani|Tyrone|Jasmine|Luis|Rosa|Carlos|
  Elena|Miguel|Paula|Nikhil|Zara|Owen|Ruth|Aaron|Naomi|Ezra|Hana|Tomás|Alba|Bruno|Ilse|Vera|Oskar|Maja
`);

export const lastNames = list(`
  Lopez|Shah|Ng|Kim|Garcia|Nguyen|Patel|Smith|Okafor|Adeyemi|Mensah|Boateng|Mwangi|Otieno|Dlamini|Nkosi|
  Abubakar|Haddad|Khalil|Nasser|Saleh|Rahman|Hussain|Qureshi|Malik|Chaudhry|Yilmaz|Demir|Kaya|Öztürk|Ivanova|
  Petrov|Sokolova|Volkov|Kowalski|Nowak|Wiśniewska|Novak|Horvat|Dvořák|Müller|Schmidt|Schneider|Fischer|
  Weber|Becker|Hoffmann|Wagner|Jansen|de Vries|van Dijk|Bakker|Visser|Peeters|Janssens|Dubois|Martin|Bernard|
  Lefèvre|Moreau|Laurent|Girard|Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Fernández|González|
  Rodríguez|Martínez|Sánchez|Pérez|Gómez|Díaz|Romero|Navarro|Silva|Santos|Oliveira|Souza|Costa|Pereira|
  Almeida|Carvalho|Ribeiro|Ramírez|Torres|Flores|Rivera|Morales|Castillo|Vargas|Herrera|Mendoza|Ortiz|
  Jiménez|Reyes|Cruz|Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Tanaka|Suzuki|Takahashi|
  Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Sato|Park|Lee|Choi|Jung|Kang|Cho|Yoon|Jang|Sharma|Gupta|Singh|
  Kumar|Reddy|Iyer|Nair|Menon|Rao|Desai|Mehta|Joshi|Banerjee|Chatterjee|Das|Bose|Tran|Pham|Le|Hoang|Vu|
  Santoso|Wijaya|Hartono|Kusuma|Dela Cruz|Bautista|Villanueva|Aquino|Ramos|Tan|Lim|Goh|Teo|Wong|Chan|
  Leung|Murphy|Kelly|O'Brien|Byrne|Ryan|Walsh|McCarthy|Jones|Williams|Brown|Taylor|Davies|Evans|Thomas|
  Johnson|Roberts|Walker|Wright|Robinson|Thompson|White|Hughes|Edwards|Green|Hall|Wood|Clarke|Jackson|
  Harris|Lewis|Young|King|Scott|Mitchell|Campbell|Anderson|Stewart|MacDonald|Fraser|Hansen|Johansson|
  Andersson|Nilsson|Larsen|Nielsen|Virtanen|Korhonen|Cohen|Levi|Friedman|Katz|Ngata|Parata|Wiremu|Kahale|
  Freeman|Washington|Jefferson|Banks|Okonkwo|Eze|Balogun|Afolabi|Kamau|Achieng|Asante|Owusu|Diallo|Traoré
`);

export const industries = [
  'software',
  'fintech',
  'healthcare',
  'climate',
  'retail',
  'media',
  'education',
  'consulting',
  'manufacturing',
  'logistics',
  'nonprofit',
  'design',
  'biotech',
  'gaming',
  'hospitality',
] as const;
export type Industry = (typeof industries)[number];

/** Fictional companies by industry; each gets a `.example` domain made from its name. */
export const companiesByIndustry: Record<Industry, readonly string[]> = {
  software: list(
    'Northwind Labs|Brightline Software|Cobalt Stack|Pinecone Systems|Lumen Cloud|Tidepool Data|Quillfeather|Kestrel Analytics|Orbitwise|Fernhill Tech',
  ),
  fintech: list(
    'Ledgerly|Harbor Pay|Crestmoor Capital|Tallybank|Coinfield|Meridian Lending|Fairshare Finance|Anchorpoint Insurance|Brookvale Wealth|Clearmint',
  ),
  healthcare: list(
    'Cedar Health|Wellspring Clinics|Pulsepoint Medical|Careloop|Bluebell Hospitals|Vitalis Care|Mendwell|Harmony Dental|Riverbend Health|Sagebrush Therapy',
  ),
  climate: list(
    'Greenfold Energy|Solstice Power|Windrow Renewables|Carbonwise|Tidal Grid|Evergreen Retrofit|Heatshift|Verdant Materials|Rainwater Systems|Fjord Hydrogen',
  ),
  retail: list(
    'Marigold Market|Threadline Apparel|Basket & Co|Urban Pantry|Oakshelf Books|Lantern Home|Copper Kettle Goods|Fieldday Outdoors|Hemlock Furniture|Petal & Stem',
  ),
  media: list(
    'Signal Hill Media|The Morning Ledger|Paperkite Studios|Echo Valley Radio|Brightwater Press|Mosaic Pictures|Tangent Podcasts|Skylark Publishing|Lamplight News|Reelhouse',
  ),
  education: list(
    'Learnwell Academy|Bridgeway University|Brightpath Schools|Owlcrest Learning|Chalkline|Summit Community College|Inkwell Tutors|Compass Bootcamp|Seedling Early Years|Atlas Online',
  ),
  consulting: list(
    'Halden & Partners|Keystone Advisory|Northstar Strategy|Fieldstone Consulting|Arcway Group|Blue Harbor Advisors|Lattice Partners|Pemberton Associates|Clearview Insights|Thornbury & Co',
  ),
  manufacturing: list(
    'Ironbridge Works|Precision Forge|Alder Components|Vantage Robotics|Granite Tooling|Copperline Electronics|Redwood Plastics|Sterling Motors|Mill Creek Textiles|Axiom Machines',
  ),
  logistics: list(
    'Swiftlane Freight|Portside Logistics|Waypoint Couriers|Crossdock Co|Bluewater Shipping|Railhaven|Last Mile Labs|Cargowise Partners|Northgate Warehousing|Trailhead Transport',
  ),
  nonprofit: list(
    'Open Doors Foundation|Common Table|Riverkeepers Trust|Code for Neighbours|Literacy Lift|Greenbelt Alliance|Safe Harbour Shelter|Youth Futures|Kindred Arts Fund|Wildflower Conservancy',
  ),
  design: list(
    'Studio Meridian|Foldline Design|Kite & Key|Greyhaven Studio|Pixel Orchard|Wayfarer Branding|Blank Canvas Co|Linework Architects|Hue & Cry|Monolith Interiors',
  ),
  biotech: list(
    'Helix Bio|Genewise|Arbor Therapeutics|Nucleo Labs|Synapse Biosciences|Clearwater Diagnostics|Protea Pharma|Cellspring|Mycelium Labs|Quantum Biologics',
  ),
  gaming: list(
    'Pixelforge Games|Moonrail Studios|Hollow Oak Interactive|Lucky Otter Games|Starfall Entertainment|Tinderbox Games|Paper Crane Studio|Neon Harbor|Riftwalk|Cosy Corner Games',
  ),
  hospitality: list(
    'Harbourlight Hotels|Juniper Kitchens|The Rolling Pin Bakery|Wanderinn|Saltmarsh Restaurants|Alpine Lodge Group|Copperleaf Catering|Driftwood Cafés|Grand Meridian Hotel|Nightjar Bars',
  ),
};

export const titlesByIndustry: Record<Industry, readonly string[]> = {
  software: list(
    'Software Engineer|Senior Software Engineer|Staff Engineer|Engineering Manager|Product Manager|Data Scientist|Data Engineer|Site Reliability Engineer|UX Researcher|CTO',
  ),
  fintech: list(
    'Risk Analyst|Product Manager|Compliance Lead|Quant Developer|Head of Payments|Backend Engineer|Fraud Analyst|Finance Director|Data Analyst',
  ),
  healthcare: list(
    'Nurse Practitioner|Clinical Lead|Practice Manager|Health Data Analyst|Physiotherapist|Head of Patient Experience|Medical Director|Operations Manager',
  ),
  climate: list(
    'Energy Analyst|Project Developer|Sustainability Lead|Grid Engineer|Policy Advisor|Head of Partnerships|Carbon Accountant|Field Engineer',
  ),
  retail: list(
    'Store Manager|Merchandising Lead|E-commerce Manager|Buyer|Supply Planner|Customer Insights Analyst|Head of Marketing|Category Manager',
  ),
  media: list(
    'Editor|Senior Reporter|Producer|Audience Growth Lead|Podcast Host|Video Editor|Head of Content|Copy Chief|Data Journalist',
  ),
  education: list(
    'Teacher|Head of Department|Learning Designer|Programme Director|Admissions Officer|Lecturer|Career Adviser|Curriculum Lead',
  ),
  consulting: list(
    'Consultant|Senior Consultant|Engagement Manager|Partner|Strategy Analyst|Change Lead|Principal|Research Associate',
  ),
  manufacturing: list(
    'Plant Manager|Mechanical Engineer|Quality Lead|Process Engineer|Procurement Manager|Controls Engineer|Operations Director|Safety Officer',
  ),
  logistics: list(
    'Operations Manager|Fleet Planner|Supply Chain Analyst|Warehouse Lead|Head of Logistics|Customs Specialist|Route Optimisation Engineer',
  ),
  nonprofit: list(
    'Programme Manager|Fundraising Lead|Executive Director|Volunteer Coordinator|Grants Officer|Community Organiser|Policy Officer|Impact Analyst',
  ),
  design: list(
    'Product Designer|Brand Designer|Design Director|Architect|Creative Director|Illustrator|Service Designer|Interior Designer',
  ),
  biotech: list(
    'Research Scientist|Lab Manager|Bioinformatician|Clinical Trials Manager|Regulatory Affairs Lead|Principal Scientist|Business Development Lead',
  ),
  gaming: list(
    'Game Designer|Technical Artist|Gameplay Programmer|Producer|Community Manager|Narrative Designer|QA Lead|Studio Head',
  ),
  hospitality: list(
    'General Manager|Head Chef|Events Manager|Revenue Manager|Guest Experience Lead|Sommelier|Restaurant Manager|Sales Director',
  ),
};

/** Titles found in every industry. */
export const commonTitles = list(
  'Recruiter|Talent Partner|Founder|Co-founder|Chief of Staff|Head of People|Operations Lead|Marketing Manager|Sales Lead|Account Executive',
);

export const cities = list(`
  Lisbon, Portugal|Porto, Portugal|Madrid, Spain|Barcelona, Spain|Paris, France|Lyon, France|Berlin, Germany|
  Munich, Germany|Hamburg, Germany|Amsterdam, Netherlands|Rotterdam, Netherlands|Brussels, Belgium|
  Copenhagen, Denmark|Stockholm, Sweden|Oslo, Norway|Helsinki, Finland|Dublin, Ireland|London, UK|
  Manchester, UK|Edinburgh, UK|Bristol, UK|Milan, Italy|Rome, Italy|Vienna, Austria|Zurich, Switzerland|
  Warsaw, Poland|Kraków, Poland|Prague, Czechia|Istanbul, Türkiye|Tel Aviv, Israel|Dubai, UAE|Cairo, Egypt|
  Nairobi, Kenya|Lagos, Nigeria|Accra, Ghana|Cape Town, South Africa|Johannesburg, South Africa|Mumbai, India|
  Bengaluru, India|Delhi, India|Hyderabad, India|Karachi, Pakistan|Dhaka, Bangladesh|Singapore|
  Kuala Lumpur, Malaysia|Jakarta, Indonesia|Manila, Philippines|Bangkok, Thailand|Ho Chi Minh City, Vietnam|
  Hong Kong|Taipei, Taiwan|Seoul, South Korea|Tokyo, Japan|Osaka, Japan|Sydney, Australia|
  Melbourne, Australia|Auckland, New Zealand|Toronto, Canada|Vancouver, Canada|Montréal, Canada|
  New York, USA|Boston, USA|Chicago, USA|Austin, USA|Seattle, USA|San Francisco, USA|Los Angeles, USA|
  Atlanta, USA|Denver, USA|Mexico City, Mexico|Bogotá, Colombia|Lima, Peru|Santiago, Chile|
  Buenos Aires, Argentina|São Paulo, Brazil|Rio de Janeiro, Brazil
`);

export const universities = list(
  'Bridgeway University|the University of Eastmoor|Northfield College|Lakeshore Polytechnic|Westbrook Institute of Technology|St Aldric’s College|the Riverside School of Design|Highgate Business School|Kingsmere University|the Open Valley University',
);

export const relationshipTags = list(
  'former-colleague|alumni|mentor|mentee|recruiter|client|meetup|jobsearch|friend|investor|hiring-manager|conference|community|referral|board',
);

export const interests = list(`
  trail running|climbing|cycling|chess|jazz|sourdough|photography|birdwatching|sailing|board games|poetry|
  football|basketball|yoga|gardening|woodworking|film|travel|open source|machine learning|urban planning|
  product strategy|public speaking|mentoring|startups|design systems|accessibility|climate policy|
  behavioural economics|history|podcasts|cooking|wine|coffee|swimming|tennis|marathons|volunteering|
  languages|sci-fi|fantasy novels|data visualisation|typography|music production|guitar|piano|
  knitting|ceramics|hiking|skiing|surfing|running clubs|kids' coding clubs|fintech regulation|
  healthcare access|remote work|leadership|negotiation|writing|UX research
`);

export const needs = list(`
  Hiring two backend engineers this quarter|Looking for a senior product designer|Wants intros to climate investors|
  Looking for a new role in data science|Needs beta testers for a new app|Searching for a cofounder with sales experience|
  Wants advice on moving into management|Looking for freelance copywriters|Needs a mentor for a new team lead|
  Raising a seed round next spring|Looking for speakers for a meetup|Wants to meet people in healthcare AI|
  Looking for a part-time bookkeeper|Needs feedback on a pricing page|Hiring a head of marketing|
  Looking for warm intros to retail buyers|Wants to learn more about public-sector procurement|
  Looking for a new role after a layoff|Needs help with a visa sponsorship question|Searching for a reliable UX contractor|
  Looking for case studies on remote onboarding|Wants referrals for a data engineering role|
  Needs volunteers for a coding club|Looking for a board member with finance experience|Wants to break into product management
`);

export const offers = list(`
  Happy to review CVs|Can introduce people to engineering leaders|Mentors new product managers|
  Offers mock interviews for data roles|Shares a monthly list of open roles|Can advise on fundraising decks|
  Knows the climate investor scene well|Happy to give portfolio feedback|Can explain salary bands in fintech|
  Runs a meetup and welcomes speakers|Gives free office hours on Fridays|Can intro to recruiters at large firms|
  Happy to talk through career changes|Knows a lot about visa sponsorship|Can review pricing and positioning|
  Has a network of freelance designers|Writes recommendation letters for former reports|Can share hiring playbooks|
  Happy to be a sounding board for founders|Can connect people with local journalists|Knows the healthcare procurement process|
  Volunteers as a career mentor|Can introduce people to university career services|Offers design critiques
`);

export const notes = list(`
  Prefers email over calls|Two kids; school run until 9:30|Loves trail running; ask about the next race|
  Moving cities next spring|Just back from parental leave|Training for a marathon|Vegetarian; likes the ramen place near the office|
  Writes a newsletter worth reading|Speaks Spanish and Portuguese|Best reached on weekday mornings|
  Recently promoted; send congratulations|Values concise messages|Ask about the community garden project|
  Big fan of board games; invite to the next game night|Was very generous with time during my last job search|
  Prefers video calls to phone calls|Has a dog called Biscuit|Recently started a consultancy|
  Likes to be introduced with context first|Studying for an MBA part-time|Avoid Friday afternoons|
  Follows up quickly; reply within a week|Knows everyone in the local data community|Recovering from surgery; keep it light
`);

export const topics = list(`
  moving into product|data roles|their team's hiring plans|a contract|portfolio review|salary negotiation|
  the reorg at work|starting a consultancy|switching to climate tech|remote work policies|interview prep|
  a side project|freelance rates|the job market|their new role|my career change|pricing a new service|
  the conference talk|a mentoring programme|building a design system|learning machine learning|
  fundraising|an open role on their team|AI tools at work|managing a first team|going part-time|
  visa options|relocating abroad|a research collaboration|the book they recommended|a podcast episode|
  public speaking|writing a newsletter|their startup idea|leadership courses|the local meetup scene|
  a case study|onboarding new hires|negotiating an offer|returning to work after a break|their PhD|
  working with recruiters|product analytics|customer research|sustainability reporting|grant writing|
  the quarterly plan|hiring a first designer|a reference check|open-source contributions|the layoffs|
  accessibility audits|a speaking invitation|their volunteering|a new certification|the industry report
`);

export const events = list(`
  the PyData meetup|DataConf|a product leaders breakfast|the Climate Tech mixer|a design systems meetup|
  the alumni reunion|a startup pitch night|the women in tech dinner|a hiring fair|the UX research summit|
  a fintech panel|the local JavaScript meetup|a founders' retreat|a career fair|the healthcare innovation forum|
  a hackathon|the open-source sprint|a book launch|a charity gala|the industry awards|a webinar on remote teams|
  the leadership workshop|a coworking open day|the game developers' meetup|a sustainability summit|
  a mentoring circle|the trade show|a conference after-party|a neighbourhood networking night|a data ethics talk
`);
