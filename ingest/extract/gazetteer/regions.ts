// States, nations and administrative regions: too few and too stable to need a package.
/** German Länder (incl. short forms), Austrian/Swiss states, Regierungsbezirke, UK nations and EU regions. */
export const REGIONS = [
  'Baden-Württemberg', 'Bayern', 'Berlin', 'Brandenburg', 'Bremen', 'Hamburg', 'Hessen',
  'Mecklenburg-Vorpommern', 'Niedersachsen', 'Nordrhein-Westfalen', 'NRW', 'Rheinland-Pfalz',
  'Saarland', 'Sachsen', 'Sachsen-Anhalt', 'Schleswig-Holstein', 'Thüringen', 'Freistaat Bayern',
  'Freistaat Sachsen', 'Freistaat Thüringen', 'Oberbayern', 'Niederbayern', 'Oberpfalz', 'Oberfranken',
  'Mittelfranken', 'Unterfranken', 'Schwaben', 'Oberschwaben', 'Ostwestfalen-Lippe', 'Westfalen',
  'Rheinland', 'Ruhrgebiet', 'Münsterland', 'Sauerland', 'Emsland', 'Ostfriesland', 'Allgäu',
  'Lausitz', 'Vorpommern', 'Vorpommern-Greifswald', 'Usedom', 'Rügen', 'Sylt', 'Eifel', 'Harz',
  'Schwarzwald', 'Bodensee', 'Oberrhein', 'Niederrhein', 'Osnabrücker Land', 'Kärnten', 'Tirol',
  'Vorarlberg', 'Steiermark', 'Niederösterreich', 'Oberösterreich', 'Burgenland', 'Salzburg',
  'Wales', 'Scotland', 'England', 'Northern Ireland', 'Cymru', 'Great Britain', 'UK', 'EU', 'Europa',
  'Europe', 'South Wales', 'North Wales', 'Mid Wales', 'West Wales', 'Blaenau Gwent', 'Gwent',
  'Highlands', 'Yorkshire', 'Cornwall', 'Kent', 'Essex', 'Devon', 'Lancashire', 'Merseyside',
  'Greater Manchester', 'West Midlands', 'East Midlands', 'Midlands', 'North East', 'North West',
  'South West', 'South East', 'East of England', 'Maine', 'Pomerania', 'Pomeranian Voivodeship',
  'Silesia', 'Bavaria', 'Saxony', 'Lower Saxony', 'Brussels', 'Flanders', 'Wallonia', 'MV',
  'Baltic', 'Ostsee', 'Nordsee',
];
