// Articles as the seed manual prints them (article no., external numbers, name, net price).
export type TArticle = { articleNumber: string; external: string; name: string; price: string };

export const ARTICLES: TArticle[] = [
  { articleNumber: "WG1803348", external: "4031121H, 4031121H", name: "Turbocharger", price: "370.00" },
  { articleNumber: "WG1803357", external: "4031192H", name: "Turbocharger", price: "550.00" },
  { articleNumber: "WG1822089", external: "4031037HX", name: "Turbocharger", price: "1165.00" },
  { articleNumber: "WG1128961", external: "4031122H", name: "Turbocharger", price: "395.00" },
  {
    articleNumber: "WG2039655",
    external: "852915-5005S, 852915-5005",
    name: "Turbocharger",
    price: "529.00",
  },
  { articleNumber: "WG1128952", external: "4031120H", name: "Turbocharger", price: "490.00" },
  { articleNumber: "WG2047756", external: "779359-5004S", name: "Turbocharger", price: "599.50" },
  { articleNumber: "WG1910569", external: "852915-5003S", name: "Turbocharger", price: "529.00" },
  { articleNumber: "WG1806001", external: "3786560H", name: "Turbocharger", price: "710.00" },
  { articleNumber: "WG1822090", external: "4031038HX", name: "Turbocharger", price: "1165.00" },
  { articleNumber: "WG1273432", external: "53039880121RMT", name: "Turbocharger", price: "645.00" },
  { articleNumber: "WG1724652", external: "53039900106, 53039900106", name: "Turbocharger", price: "812.40" },
  { articleNumber: "WG1460149", external: "1900100402", name: "Pakkingset, turbolader", price: "45.50" },
  {
    articleNumber: "WG1317074",
    external: "742730-90195, 742730-9019",
    name: "Turbocharger",
    price: "689.00",
  },
  {
    articleNumber: "WG1145811",
    external: "795637-50015, 795637-5001",
    name: "Turbocharger",
    price: "915.25",
  },
  {
    articleNumber: "WG1131289",
    external: "789016-50025, 789016-5002",
    name: "Turbocharger",
    price: "742.10",
  },
  { articleNumber: "WG1460296", external: "1900100560", name: "Pakkingset, turbolader", price: "38.95" },
  { articleNumber: "WG1443523", external: "53297100019", name: "Binnenwerk", price: "289.00" },
  { articleNumber: "WG1128559", external: "317960", name: "Olietoevoerleiding", price: "64.80" },
  { articleNumber: "WG2000115", external: "KT410120E", name: "Montageset turbo", price: "27.35" },
];
