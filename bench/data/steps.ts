// The SQL that generates the benchmark rows inside the database. Every value is a deterministic
// function of a row key and the seed (pg_temp.u = a hash in [0, 1)), dates count back from the
// given day. Each step fills one table; fill.ts runs them in order and times them.
import { PORTAL_SETTINGS } from "@/prisma/seed/base";

export type TStepContext = {
  today: string;
  seed: number;
  staffUserId: number;
  rmas: number;
  claims: number;
  deliveredLines: number;
};
export type TStep = { label: string; table: string; sql: (c: TStepContext) => string };

const T = (c: TStepContext) => `DATE '${c.today}'`;

/** Hash helpers for this session only (pg_temp): nothing is left in the database. */
export const functionsSql = (c: TStepContext) => `
CREATE FUNCTION pg_temp.u(g bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE
  AS $$ SELECT (hashint8extended(g, ${c.seed}::bigint * 1000 + salt) & 2147483647)::float8 / 2147483648.0 $$;
CREATE FUNCTION pg_temp.ri(g bigint, salt int, lo int, hi int) RETURNS int LANGUAGE sql IMMUTABLE
  AS $$ SELECT lo + floor(pg_temp.u(g, salt) * (hi - lo + 1))::int $$;
CREATE FUNCTION pg_temp.pick(options text[], g bigint, salt int) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT options[1 + floor(pg_temp.u(g, salt) * cardinality(options))::int] $$;`;

/** 4,000 articles; popular ones have low numbers (picked with a squared hash). */
const ARTICLES = `
CREATE TEMP TABLE bench_article AS
SELECT i, 'WG' || (1100000 + i * 211)::text AS number, t.name,
  CASE WHEN t.turbo THEN
    CASE pg_temp.ri(i, 102, 1, 4)
      WHEN 1 THEN (4031000 + pg_temp.ri(i, 103, 100, 999))::text || 'H'
      WHEN 2 THEN (852000 + pg_temp.ri(i, 103, 100, 999))::text || '-500' || pg_temp.ri(i, 104, 1, 9)::text || 'S'
      WHEN 3 THEN '5303' || (9880000 + pg_temp.ri(i, 103, 100, 999))::text
      ELSE (742000 + pg_temp.ri(i, 103, 100, 999))::text || '-9019' || pg_temp.ri(i, 104, 0, 9)::text || ', ' || (742000 + pg_temp.ri(i, 103, 100, 999))::text || '-9019'
    END
  ELSE CASE WHEN pg_temp.u(i, 105) < 0.5 THEN '19001' || lpad(pg_temp.ri(i, 106, 0, 99999)::text, 5, '0') ELSE 'KT' || (410000 + pg_temp.ri(i, 106, 0, 9999))::text || 'E' END
  END AS external,
  ((CASE WHEN t.turbo THEN 290 + pg_temp.ri(i, 107, 0, 1200) ELSE 12 + pg_temp.ri(i, 107, 0, 380) END)
    + (ARRAY[0, 0.5, 0.95, 0.25])[pg_temp.ri(i, 108, 1, 4)])::numeric(12, 2) AS price
FROM generate_series(1, 4000) i
CROSS JOIN LATERAL (SELECT pg_temp.u(i, 101) < 0.55 AS turbo) k
CROSS JOIN LATERAL (SELECT k.turbo, CASE WHEN k.turbo THEN 'Turbocharger'
  ELSE pg_temp.pick(ARRAY['Pakkingset, turbolader', 'Binnenwerk (CHRA)', 'Actuator', 'Olietoevoerleiding', 'Olieretourleiding', 'Montageset turbo', 'Intercooler'], i, 109) END AS name) t;
CREATE UNIQUE INDEX ON bench_article (i);`;

export const STEPS: TStep[] = [
  {
    label: "customers",
    table: "Customer",
    sql: (c) => `
INSERT INTO "Customer" ("id", "erpNumber", "name", "language", "carrier", "specialOrderReturnsAllowed", "street", "postalCode", "city", "country", "email", "active", "createdAt", "updatedAt")
SELECT k, erp, name, language::"Language", carrier::"Carrier", special, street, postal, city, country, email, true,
  ${T(c)} - 1500 + time '08:00', ${T(c)} - 30 + time '08:00'
FROM bench_plan;`,
  },
  {
    label: "delivered lines",
    table: "DeliveredLine",
    // Ids follow the delivery date (as an ERP feed would), so a dealer's rows are spread over the table.
    sql: (c) => `
${ARTICLES}
CREATE TEMP TABLE bench_line AS
SELECT (row_number() OVER (ORDER BY t.d, t.customer_id, t.seg, t.j))::int AS id, t.*
FROM (
  SELECT s.customer_id, s.seg, j, s.customer_id::bigint * 100000000 + s.seg * 10000000 + j AS key,
    ${T(c)} - (s.day_from + ((j - 1)::bigint * (s.day_to - s.day_from + 1) / s.n))::int AS d
  FROM bench_seg s CROSS JOIN LATERAL generate_series(1, s.n) j
) t;
INSERT INTO "DeliveredLine" ("id", "customerId", "erpKey", "salesOrderNumber", "customerPoNumber", "specialOrder", "articleNumber",
  "externalArticleNumbers", "articleName", "netUnitPrice", "quantityOrdered", "quantityDelivered", "deliveryDate", "createdAt", "updatedAt")
SELECT l.id, l.customer_id, p.erp || '-' || l.seg || '-' || l.j,
  'MVO' || (1000000 + (o.okey * 7919) % 8999999)::text,
  CASE WHEN pg_temp.u(o.okey, 4) < 0.15 THEN '' WHEN pg_temp.u(o.okey, 4) < 0.55 THEN (600000 + pg_temp.ri(o.okey, 5, 0, 399999))::text
    ELSE split_part(a.external, ',', 1) END,
  pg_temp.u(l.key, 6) < 0.06,
  a.number, a.external, a.name, a.price, q.q, q.q, l.d, l.d + time '06:00', l.d + time '06:00'
FROM bench_line l
JOIN bench_plan p ON p.k = l.customer_id
JOIN bench_article a ON a.i = 1 + floor(3999.999 * pg_temp.u(l.key, 1) ^ 2)::int
CROSS JOIN LATERAL (SELECT l.customer_id::bigint * 100000000 + l.seg * 10000000 + (l.j - 1) / 3 AS okey) o
CROSS JOIN LATERAL (SELECT CASE WHEN pg_temp.u(l.key, 2) < 0.8 THEN pg_temp.ri(l.key, 3, 1, 4) ELSE pg_temp.ri(l.key, 3, 5, 15) END AS q) q;
DROP TABLE bench_line;`,
  },
  {
    label: "RMAs",
    table: "Rma",
    // Returned lines: ~5% of the non-special lines, grouped per dealer and 60-day period into
    // RMAs of 1–4 lines; the requested number of groups is kept. Status follows the age.
    sql: (c) => `
CREATE TEMP TABLE bench_pick AS
SELECT g.*, sum(g.starts::int) OVER (PARTITION BY g.customer_id, g.period ORDER BY g.d, g.line_id ROWS UNBOUNDED PRECEDING) AS grp
FROM (
  SELECT l."id" AS line_id, l."customerId" AS customer_id, l."deliveryDate" AS d, l."quantityDelivered" AS qd, l."netUnitPrice" AS price,
    (${T(c)} - l."deliveryDate") / 60 AS period, pg_temp.u(l."id", 21) < 0.4 AS starts
  FROM "DeliveredLine" l
  WHERE NOT l."specialOrder" AND l."deliveryDate" < ${T(c)} - 1 AND pg_temp.u(l."id", 20) < ${Math.min(0.95, (c.rmas * 2.6) / Math.max(1, c.deliveredLines))}
) g;
CREATE TEMP TABLE bench_rma AS
SELECT row_number() OVER (ORDER BY x.created_at, x.first_line)::int AS id,
  'IRM' || to_char(x.created_at, 'YY') || lpad((row_number() OVER (PARTITION BY date_part('year', x.created_at) ORDER BY x.created_at, x.first_line))::text, 5, '0') AS number,
  x.*
FROM (
  SELECT g.customer_id, g.period, g.grp, g.first_line, cd.created_date, ${T(c)} - cd.created_date AS age,
    cd.created_date + time '08:00' + pg_temp.ri(g.first_line, 24, 0, 540) * interval '1 minute' AS created_at,
    st.status,
    CASE WHEN st.status <> 'OPEN' THEN least(cd.created_date + pg_temp.ri(g.first_line, 27, 7, 20), ${T(c)} - 1) + time '15:00' END AS closed_at
  FROM (
    SELECT customer_id, period, grp, min(line_id) AS first_line, max(d) AS max_d FROM bench_pick
    GROUP BY customer_id, period, grp ORDER BY pg_temp.u(min(line_id), 22) LIMIT ${c.rmas}
  ) g
  CROSS JOIN LATERAL (SELECT g.max_d + pg_temp.ri(g.first_line, 23, 1, least(25, ${T(c)} - 1 - g.max_d)) AS created_date) cd
  CROSS JOIN LATERAL (SELECT CASE WHEN ${T(c)} - cd.created_date < 21 OR pg_temp.u(g.first_line, 25) < 0.02 THEN 'OPEN'
    WHEN pg_temp.u(g.first_line, 26) < 0.4 THEN 'CLOSED' ELSE 'INVOICED' END AS status) st
) x;
INSERT INTO "Rma" ("id", "number", "customerId", "createdById", "idempotencyKey", "status", "reference", "remarks", "surcharge", "parcelCount", "closedAt", "createdAt", "updatedAt")
SELECT r.id, r.number, r.customer_id, r.customer_id, 'bench-' || r.id, r.status::"RmaStatus",
  CASE WHEN pg_temp.u(r.first_line, 28) < 0.3 THEN 'WB-' || pg_temp.ri(r.first_line, 29, 1000, 9999) ELSE '' END,
  CASE WHEN pg_temp.u(r.first_line, 36) < 0.1 THEN 'Graag ophalen na 14:00.' ELSE '' END,
  ${PORTAL_SETTINGS.returnSurcharge}, CASE WHEN pg_temp.u(r.first_line, 37) < 0.1 THEN 2 ELSE 1 END, r.closed_at, r.created_at, coalesce(r.closed_at, r.created_at)
FROM bench_rma r;`,
  },
  {
    label: "RMA lines",
    table: "RmaLine",
    // EXPECTED lines count in quantityInRequest, received ones (0 when rejected) in quantityReturned:
    // the database derives both from the RMA lines (trigger on "RmaLine", one recount for the insert).
    sql: (c) => `
CREATE TEMP TABLE bench_rma_line AS
SELECT row_number() OVER (ORDER BY r.id, g.line_id)::int AS id, r.id AS rma_id, r.status AS rma_status, r.created_at, r.created_date,
  g.line_id, g.price, q.qe, s.status,
  CASE s.status WHEN 'EXPECTED' THEN NULL WHEN 'REJECTED' THEN 0
    WHEN 'RECEIVED' THEN CASE WHEN r.status = 'CLOSED' AND v.v >= 0.75 AND q.qe >= 2 THEN q.qe - 1 ELSE q.qe END
    ELSE q.qe END AS received
FROM bench_pick g JOIN bench_rma r USING (customer_id, period, grp)
CROSS JOIN LATERAL (SELECT CASE WHEN g.qd = 1 OR pg_temp.u(g.line_id, 30) < 0.7 THEN 1 ELSE pg_temp.ri(g.line_id, 31, 1, least(g.qd, 3)) END AS qe) q
CROSS JOIN LATERAL (SELECT pg_temp.u(g.line_id, 32) AS v) v
CROSS JOIN LATERAL (SELECT CASE
  WHEN r.status = 'OPEN' THEN CASE WHEN r.age >= 3 AND v.v < 0.3 THEN 'RECEIVED' ELSE 'EXPECTED' END
  WHEN r.status = 'CLOSED' THEN CASE WHEN v.v < 0.85 THEN 'RECEIVED' ELSE 'REJECTED' END
  ELSE CASE WHEN v.v < 0.92 THEN 'INVOICED' ELSE 'REJECTED' END END AS status) s;
INSERT INTO "RmaLine" ("id", "rmaId", "deliveredLineId", "reasonId", "quantityExpected", "quantityReceived", "receivedAt", "status", "rejectionReason", "remark", "createdAt", "updatedAt")
SELECT l.id, l.rma_id, l.line_id,
  (SELECT "id" FROM "ReturnReason" WHERE "sortOrder" = CASE WHEN x.v < 0.4 THEN 0 WHEN x.v < 0.65 THEN 1 WHEN x.v < 0.75 THEN 2 WHEN x.v < 0.85 THEN 3 ELSE 4 END),
  l.qe, l.received, x.received_at, l.status::"RmaLineStatus",
  CASE WHEN l.status = 'REJECTED' THEN pg_temp.pick(ARRAY['Onderdeel gebruikt / inbouwsporen', 'Verpakking beschadigd of ontbreekt', 'Niet door ons geleverd'], l.line_id, 38) END,
  CASE WHEN pg_temp.u(l.line_id, 39) < 0.15 THEN pg_temp.pick(ARRAY['Klant heeft verkeerd type besteld', 'Doos was open bij levering', 'Lekt olie aan de compressorzijde'], l.line_id, 40) ELSE '' END,
  l.created_at, coalesce(x.received_at + time '11:00', l.created_at)
FROM bench_rma_line l
CROSS JOIN LATERAL (SELECT pg_temp.u(l.line_id, 35) AS v,
  CASE WHEN l.received IS NOT NULL THEN least(l.created_date + pg_temp.ri(l.line_id, 34, 3, 10), ${T(c)} - 1) END AS received_at) x;`,
  },
  {
    label: "warranty claims",
    table: "WarrantyClaim",
    // Claims on delivered turbochargers, filed 2 weeks to 16 months after delivery; status follows the age.
    sql: (c) => `
CREATE TEMP TABLE bench_claim AS
SELECT row_number() OVER (ORDER BY y.created_at, y.line_id)::int AS id, y.*
FROM (
  SELECT x.*, cd.created_date, cd.created_date + time '09:00' + pg_temp.ri(x.line_id, 44, 0, 480) * interval '1 minute' AS created_at, st.status,
    CASE WHEN st.status IN ('AWARDED', 'REFUSED') THEN least(cd.created_date + pg_temp.ri(x.line_id, 46, 10, 40), ${T(c)} - 1) + time '14:00' END AS handled_at,
    st.status <> 'RECEIVED' AND (st.status <> 'IN_TREATMENT' OR pg_temp.u(x.line_id, 47) < 0.8) AS goods
  FROM (
    SELECT l."id" AS line_id, l."customerId" AS customer_id, l."deliveryDate" AS d, l."articleNumber" AS article, l."salesOrderNumber" AS sales_order, l."netUnitPrice" AS price
    FROM "DeliveredLine" l
    WHERE l."deliveryDate" <= ${T(c)} - 15 AND l."articleName" = 'Turbocharger'
      AND pg_temp.u(l."id", 40) < ${Math.min(0.95, (c.claims * 2.5) / Math.max(1, c.deliveredLines * 0.5))}
    ORDER BY pg_temp.u(l."id", 41) LIMIT ${c.claims}
  ) x
  CROSS JOIN LATERAL (SELECT x.d + pg_temp.ri(x.line_id, 42, 14, least(480, ${T(c)} - 1 - x.d)) AS created_date) cd
  CROSS JOIN LATERAL (SELECT pg_temp.u(x.line_id, 45) AS v, ${T(c)} - cd.created_date AS age) a
  CROSS JOIN LATERAL (SELECT CASE WHEN a.age < 10 THEN 'RECEIVED'
    WHEN a.age < 45 THEN CASE WHEN a.v < 0.7 THEN 'IN_TREATMENT' ELSE 'RECEIVED' END
    WHEN a.v < 0.55 THEN 'AWARDED' WHEN a.v < 0.95 THEN 'REFUSED' ELSE 'IN_TREATMENT' END AS status) st
) y;
INSERT INTO "WarrantyClaim" ("id", "number", "customerId", "createdById", "idempotencyKey", "status", "articleNumber", "serialNumber", "salesOrderNumber",
  "quantity", "vehicleMake", "vehicleModel", "vehicleYear", "vin", "engineCode", "mileageAtFitting", "mileageAtFailure", "fittingDate", "failureDate",
  "fittedBy", "complaint", "checksDone", "goodsReceived", "remark", "handledAt", "createdAt", "updatedAt")
SELECT c.id, 'MAS' || lpad(c.id::text, 8, '0'), c.customer_id, c.customer_id, 'bench-claim-' || c.id, c.status::"WarrantyStatus", c.article,
  'SN' || pg_temp.ri(c.line_id, 50, 100000, 999999), c.sales_order, 1,
  (ARRAY['Volkswagen', 'Ford', 'Renault', 'Peugeot', 'Mercedes-Benz', 'BMW', 'Volvo', 'Iveco'])[v.i],
  (ARRAY['Golf 1.6 TDI', 'Transit 2.2 TDCi', 'Master 2.3 dCi', 'Partner 1.6 HDi', 'Sprinter 316 CDI', '320d', 'FH 460', 'Daily 35S14'])[v.i],
  pg_temp.ri(c.line_id, 52, 2008, 2023), 'WVWZZZ1KZ' || pg_temp.ri(c.line_id, 53, 10000000, 99999999),
  (ARRAY['CAYC', 'CVWA', 'M9T', 'DV6', 'OM651', 'N47', 'D13K', 'F1C'])[v.i],
  m.fitting, m.fitting + pg_temp.ri(c.line_id, 54, 1000, 60000),
  c.created_date - pg_temp.ri(c.line_id, 55, 30, 400), c.created_date - pg_temp.ri(c.line_id, 56, 1, 20),
  CASE WHEN pg_temp.u(c.line_id, 57) < 0.5 THEN 'Eigen werkplaats' ELSE '' END,
  pg_temp.pick(ARRAY['Turbo maakt fluitend geluid en verliest olie aan de compressorzijde.', 'Vermogensverlies, storingslampje motor brandt (P0299).',
    'Blauwe rook bij optrekken, olie in de inlaat.', 'As heeft speling, schoepen aangelopen.', 'Actuator reageert niet, turbo blijft in noodloop.'], c.line_id, 58),
  CASE pg_temp.ri(c.line_id, 59, 1, 3) WHEN 1 THEN ARRAY['oilPressure', 'oilSupply', 'airFilter'] WHEN 2 THEN ARRAY['oilPressure', 'oilSupply'] ELSE ARRAY['airFilter'] END,
  c.goods,
  CASE c.status WHEN 'REFUSED' THEN 'Oliegebrek vastgesteld' WHEN 'AWARDED' THEN 'Productiefout in de lagering' ELSE '' END,
  c.handled_at, c.created_at, coalesce(c.handled_at, c.created_at)
FROM bench_claim c
CROSS JOIN LATERAL (SELECT pg_temp.ri(c.line_id, 51, 1, 8) AS i) v
CROSS JOIN LATERAL (SELECT pg_temp.ri(c.line_id, 60, 20000, 220000) AS fitting) m;`,
  },
  {
    label: "warranty events",
    table: "WarrantyEvent",
    sql: (c) => `
INSERT INTO "WarrantyEvent" ("id", "claimId", "kind", "status", "message", "byStaff", "actorUserId", "createdAt")
SELECT row_number() OVER (ORDER BY c.id, e.step)::int, c.id, e.kind::"WarrantyEventKind", e.status::"WarrantyStatus", e.message, e.by_staff, e.actor,
  least(e.at, ${T(c)} - 1 + time '18:00')
FROM bench_claim c
CROSS JOIN LATERAL (VALUES
  (1, 'STATUS', 'RECEIVED', '', false, c.customer_id, c.created_at, true),
  (2, 'MESSAGE', NULL, 'Het voertuig staat bij ons in de werkplaats; graag snel een reactie.', false, c.customer_id, c.created_at + interval '1 day', pg_temp.u(c.id, 61) < 0.25),
  (3, 'GOODS_RECEIVED', NULL, '', true, ${c.staffUserId}, c.created_at + interval '3 days', c.goods),
  (4, 'STATUS', 'IN_TREATMENT', '', true, ${c.staffUserId}, c.created_at + interval '4 days', c.status <> 'RECEIVED'),
  (5, 'MESSAGE', NULL, 'Kunt u foto''s van de compressorzijde en het typeplaatje sturen?', true, ${c.staffUserId}, c.created_at + interval '5 days',
    c.status <> 'RECEIVED' AND pg_temp.u(c.id, 62) < 0.3),
  (6, 'STATUS', c.status, CASE c.status WHEN 'AWARDED' THEN 'Garantie toegekend: productiefout in de lagering. Een creditnota volgt.'
    ELSE 'Garantie afgewezen: de lagering is beschadigd door oliegebrek.' END, true, ${c.staffUserId}, c.handled_at, c.status IN ('AWARDED', 'REFUSED'))
) e(step, kind, status, message, by_staff, actor, at, keep)
WHERE e.keep;`,
  },
  {
    label: "open order lines",
    table: "OpenOrderLine",
    // 20% without an expected date; a quarter of the dated ones with a history of moves (mostly later).
    sql: (c) => `
CREATE TEMP TABLE bench_open AS
SELECT row_number() OVER (ORDER BY o.order_date, o.customer_id, o.j)::int AS id, o.*
FROM (
  SELECT p.k AS customer_id, p.erp, j, kk.key, kk.okey, ${T(c)} - pg_temp.ri(kk.okey, 70, 1, 120) AS order_date,
    CASE WHEN pg_temp.u(kk.key, 71) < 0.8 THEN pg_temp.ri(kk.key, 72, 1, 4) ELSE pg_temp.ri(kk.key, 72, 5, 12) END AS q,
    CASE WHEN pg_temp.u(kk.key, 73) >= 0.2 THEN ${T(c)} + pg_temp.ri(kk.key, 74, -7, 90) END AS expected,
    CASE WHEN pg_temp.u(kk.key, 75) < 0.15 THEN -3 ELSE 7 END AS shift,
    ${T(c)} - pg_temp.ri(kk.key, 76, 1, 20) + time '10:00' AS last_change_at,
    CASE WHEN pg_temp.u(kk.key, 73) >= 0.2 AND pg_temp.u(kk.key, 77) < 0.25 THEN pg_temp.ri(kk.key, 78, 1, 3) ELSE 0 END AS n_changes
  FROM bench_plan p CROSS JOIN LATERAL generate_series(1, p.n_open) j
  CROSS JOIN LATERAL (SELECT p.k::bigint * 1000000 + j AS key, p.k::bigint * 1000000 + (j - 1) / 2 AS okey) kk
) o;
INSERT INTO "OpenOrderLine" ("id", "customerId", "erpKey", "salesOrderNumber", "orderDate", "salesRep", "customerPoNumber", "articleNumber",
  "deliverArticleNumber", "articleName", "quantityOrdered", "quantityDelivered", "expectedDate", "expectedDateChangedAt", "createdAt", "updatedAt")
SELECT o.id, o.customer_id, o.erp || '-VVO-' || o.j, 'VVO' || (2000000 + (o.okey * 7919) % 7999999)::text, o.order_date,
  pg_temp.pick(ARRAY['Heesen J.', 'de Boer M.', 'Claes P.', 'Verbeek R.', 'Schulz K.', 'Dumont A.'], o.okey, 79),
  CASE WHEN pg_temp.u(o.okey, 80) < 0.3 THEN '' ELSE pg_temp.ri(o.okey, 81, 5000, 5999) || ' ' || pg_temp.ri(o.okey, 82, 100, 999) || ' ' || pg_temp.ri(o.okey, 83, 1000, 9999) END,
  a.number, CASE WHEN pg_temp.u(o.key, 84) < 0.1 THEN b.number ELSE a.number END, a.name, o.q,
  CASE WHEN pg_temp.u(o.key, 85) < 0.02 THEN o.q WHEN pg_temp.u(o.key, 85) < 0.22 AND o.q >= 2 THEN pg_temp.ri(o.key, 86, 1, o.q - 1) ELSE 0 END,
  o.expected, CASE WHEN o.n_changes > 0 THEN o.last_change_at END,
  o.order_date + time '12:00', CASE WHEN o.n_changes > 0 THEN o.last_change_at ELSE o.order_date + time '12:00' END
FROM bench_open o
JOIN bench_article a ON a.i = 1 + floor(3999.999 * pg_temp.u(o.key, 87) ^ 2)::int
JOIN bench_article b ON b.i = 1 + floor(3999.999 * pg_temp.u(o.key, 88))::int;`,
  },
  {
    label: "expected-date changes",
    table: "ExpectedDateChange",
    // The first change sets the date (previous null); each later one moves it (7 days later or 3 earlier).
    sql: (c) => `
INSERT INTO "ExpectedDateChange" ("id", "openOrderLineId", "previousDate", "newDate", "source", "actorUserId", "createdAt")
SELECT row_number() OVER (ORDER BY o.id, i)::int, o.id,
  CASE WHEN i = 1 THEN NULL ELSE o.expected - (o.n_changes - i + 1) * o.shift END,
  o.expected - (o.n_changes - i) * o.shift,
  s.source::"ChangeSource", CASE WHEN s.source = 'STAFF' THEN ${c.staffUserId} END,
  o.last_change_at - (o.n_changes - i) * interval '6 days'
FROM bench_open o CROSS JOIN LATERAL generate_series(1, o.n_changes) i
CROSS JOIN LATERAL (SELECT CASE WHEN pg_temp.u(o.key * 10 + i, 89) < 0.1 THEN 'STAFF' ELSE 'ERP' END AS source) s;`,
  },
  {
    label: "invoices",
    table: "Invoice",
    // Paid invoices over 3 years; unpaid ones mostly recent (45% not yet due, a tail over 90 days),
    // 5% of them credit notes, 20% partly paid, 1% overpaid (flagged overpayment, as the ERP must). Then the credit notes of invoiced RMAs
    // and awarded claims (settled). Amounts are cents; Invoice.paidAmount (the sum of its payments) and
    // settled are the database's (trigger on "Payment"), so the invoices are inserted unpaid.
    sql: (c) => `
CREATE TEMP TABLE bench_inv AS
SELECT row_number() OVER (ORDER BY b.inv_date, b.customer_id, b.unpaid, b.j)::int AS id, b.*, s.credit,
  s.amount, s.pay1, CASE WHEN b.unpaid OR s.credit OR pg_temp.u(b.key, 67) >= 0.15 THEN 0 ELSE s.amount - s.pay1 END AS pay2,
  least(b.inv_date + pg_temp.ri(b.key, 69, 5, 45), ${T(c)}) AS paid_on1
FROM (
  SELECT p.k AS customer_id, false AS unpaid, j, kk.key, ${T(c)} - (15 + ((j - 1)::bigint * 1080 / greatest(p.n_paid, 1))::int + pg_temp.ri(kk.key, 62, 0, 3)) AS inv_date
  FROM bench_plan p CROSS JOIN LATERAL generate_series(1, p.n_paid) j CROSS JOIN LATERAL (SELECT p.k::bigint * 1000000 + j AS key) kk
  UNION ALL
  SELECT p.k, true, j, kk.key, ${T(c)} - CASE WHEN v.v < 0.45 THEN pg_temp.ri(kk.key, 64, 0, 29) WHEN v.v < 0.7 THEN pg_temp.ri(kk.key, 64, 30, 60)
    WHEN v.v < 0.85 THEN pg_temp.ri(kk.key, 64, 61, 90) WHEN v.v < 0.95 THEN pg_temp.ri(kk.key, 64, 91, 120) ELSE pg_temp.ri(kk.key, 64, 121, 400) END
  FROM bench_plan p CROSS JOIN LATERAL generate_series(1, p.n_unpaid) j CROSS JOIN LATERAL (SELECT p.k::bigint * 1000000 + 500000 + j AS key) kk
  CROSS JOIN LATERAL (SELECT pg_temp.u(kk.key, 63) AS v) v
) b
CROSS JOIN LATERAL (SELECT pg_temp.u(b.key, 65) AS v) v
CROSS JOIN LATERAL (SELECT (b.unpaid AND v.v < 0.05) OR (NOT b.unpaid AND v.v < 0.03) AS credit,
  CASE WHEN (b.unpaid AND v.v < 0.05) OR (NOT b.unpaid AND v.v < 0.03) THEN -(1500 + floor(pg_temp.u(b.key, 66) ^ 2 * 80000)::bigint)
    ELSE 2500 + floor(pg_temp.u(b.key, 66) ^ 2 * 397500)::bigint END AS amount) a
CROSS JOIN LATERAL (SELECT a.credit, a.amount, CASE
  WHEN NOT b.unpaid THEN CASE WHEN NOT a.credit AND pg_temp.u(b.key, 67) < 0.15 THEN round(a.amount * 0.4)::bigint ELSE a.amount END
  WHEN a.credit THEN 0
  WHEN v.v < 0.25 THEN floor(a.amount * (0.1 + 0.8 * pg_temp.u(b.key, 68)))::bigint
  WHEN v.v < 0.26 THEN a.amount + 1250
  ELSE 0 END AS pay1) s;
INSERT INTO "Invoice" ("id", "customerId", "number", "kind", "invoiceDate", "dueDate", "amount", "createdAt", "updatedAt")
SELECT i.id, i.customer_id, 'MVF' || lpad(i.id::text, 8, '0'), CASE WHEN i.credit THEN 'CREDIT_NOTE' ELSE 'INVOICE' END::"InvoiceKind",
  i.inv_date, i.inv_date + CASE WHEN i.credit THEN 0 ELSE 30 END, i.amount / 100.0,
  i.inv_date + time '07:00', CASE WHEN i.pay1 <> 0 THEN i.paid_on1 + time '07:00' ELSE i.inv_date + time '07:00' END
FROM bench_inv i;
INSERT INTO "Payment" ("id", "invoiceId", "erpKey", "amount", "paidOn", "overpayment", "createdAt", "updatedAt")
SELECT row_number() OVER (ORDER BY x.invoice_id, x.n)::int, x.invoice_id, 'P-' || lpad(x.invoice_id::text, 8, '0') || '-' || x.n, x.amount / 100.0, x.paid_on,
  x.over, x.paid_on + time '07:00', x.paid_on + time '07:00'
FROM (
  SELECT id AS invoice_id, 1 AS n, pay1 AS amount, paid_on1 AS paid_on, pay1 > amount AS over FROM bench_inv WHERE pay1 <> 0
  UNION ALL
  SELECT id, 2, pay2, least(paid_on1 + pg_temp.ri(key, 70, 7, 30), ${T(c)}), false FROM bench_inv WHERE pay2 <> 0
) x;
INSERT INTO "Invoice" ("id", "customerId", "number", "kind", "invoiceDate", "dueDate", "amount", "rmaId", "claimId", "createdAt", "updatedAt")
SELECT m.max_id + n, x.customer_id, 'MVF' || lpad((m.max_id + n)::text, 8, '0'), 'CREDIT_NOTE', x.d, x.d, -x.total, x.rma_id, x.claim_id,
  x.d + time '07:00', x.d + time '07:00'
FROM (
  SELECT y.*, row_number() OVER (ORDER BY y.d, y.rma_id NULLS LAST, y.claim_id) AS n FROM (
    SELECT r.customer_id, r.closed_at::date AS d, r.id AS rma_id, NULL::int AS claim_id, sum(l.received * l.price) AS total
    FROM bench_rma r JOIN bench_rma_line l ON l.rma_id = r.id
    WHERE r.status = 'INVOICED' AND l.status = 'INVOICED' GROUP BY r.id, r.customer_id, r.closed_at
    UNION ALL
    SELECT c.customer_id, c.handled_at::date, NULL, c.id, c.price FROM bench_claim c WHERE c.status = 'AWARDED'
  ) y WHERE y.total > 0
) x CROSS JOIN (SELECT max("id") AS max_id FROM "Invoice") m;
INSERT INTO "Payment" ("id", "invoiceId", "erpKey", "amount", "paidOn", "createdAt", "updatedAt")
SELECT m.max_id + row_number() OVER (ORDER BY i."id"), i."id", 'P-' || i."number" || '-1', i."amount", i."invoiceDate", i."createdAt", i."createdAt"
FROM "Invoice" i CROSS JOIN (SELECT coalesce(max("id"), 0) AS max_id FROM "Payment") m
WHERE i."rmaId" IS NOT NULL OR i."claimId" IS NOT NULL;`,
  },
  {
    label: "number sequences",
    table: "NumberSequence",
    // Past the generated numbers: the next RMA of a year and the next claim get fresh numbers.
    sql: () => `
INSERT INTO "NumberSequence" ("kind", "year", "lastValue")
SELECT 'RMA', date_part('year', "createdAt")::int, count(*) FROM "Rma" GROUP BY 2;
INSERT INTO "NumberSequence" ("kind", "year", "lastValue") SELECT 'CLAIM', 0, count(*) FROM "WarrantyClaim";`,
  },
];
