-- Keeps the listing read model on products (price range, colours, sizes) in step with variants and
-- base prices. Statement-level triggers with transition tables refresh each affected product once per
-- statement, so bulk loads stay fast. The base currency of the price range is EUR.
CREATE OR REPLACE FUNCTION refresh_product_listing(product_ids uuid[]) RETURNS void AS $$
  UPDATE products p SET
    listing_min_price = s.min_price,
    listing_max_price = s.max_price,
    listing_colors = s.colors,
    listing_sizes = s.sizes
  FROM (
    SELECT ids.id,
      (SELECT min(vp.amount) FROM variants v JOIN variant_prices vp ON vp.variant_id = v.id AND vp.currency = 'EUR'
        WHERE v.product_id = ids.id AND v.active) AS min_price,
      (SELECT max(vp.amount) FROM variants v JOIN variant_prices vp ON vp.variant_id = v.id AND vp.currency = 'EUR'
        WHERE v.product_id = ids.id AND v.active) AS max_price,
      coalesce((SELECT array_agg(DISTINCT v.options->>'color' ORDER BY v.options->>'color') FROM variants v
        WHERE v.product_id = ids.id AND v.active AND v.options ? 'color'), '{}') AS colors,
      coalesce((SELECT array_agg(DISTINCT coalesce(v.options->>'size', v.options->>'frameSize')) FROM variants v
        WHERE v.product_id = ids.id AND v.active AND (v.options ? 'size' OR v.options ? 'frameSize')), '{}') AS sizes
    FROM unnest(product_ids) AS ids(id)
  ) s
  WHERE p.id = s.id;
$$ LANGUAGE sql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION variants_listing_refresh() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_product_listing(ARRAY(SELECT DISTINCT product_id FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM refresh_product_listing(ARRAY(SELECT product_id FROM new_rows UNION SELECT product_id FROM old_rows));
  ELSE
    PERFORM refresh_product_listing(ARRAY(SELECT DISTINCT product_id FROM old_rows));
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER variants_listing_insert AFTER INSERT ON variants
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION variants_listing_refresh();
--> statement-breakpoint
CREATE TRIGGER variants_listing_update AFTER UPDATE ON variants
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION variants_listing_refresh();
--> statement-breakpoint
CREATE TRIGGER variants_listing_delete AFTER DELETE ON variants
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION variants_listing_refresh();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION variant_prices_listing_refresh() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_product_listing(ARRAY(SELECT DISTINCT v.product_id FROM new_rows n JOIN variants v ON v.id = n.variant_id));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM refresh_product_listing(ARRAY(
      SELECT v.product_id FROM new_rows n JOIN variants v ON v.id = n.variant_id
      UNION SELECT v.product_id FROM old_rows o JOIN variants v ON v.id = o.variant_id));
  ELSE
    PERFORM refresh_product_listing(ARRAY(SELECT DISTINCT v.product_id FROM old_rows o JOIN variants v ON v.id = o.variant_id));
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER variant_prices_listing_insert AFTER INSERT ON variant_prices
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION variant_prices_listing_refresh();
--> statement-breakpoint
CREATE TRIGGER variant_prices_listing_update AFTER UPDATE ON variant_prices
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION variant_prices_listing_refresh();
--> statement-breakpoint
CREATE TRIGGER variant_prices_listing_delete AFTER DELETE ON variant_prices
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION variant_prices_listing_refresh();
--> statement-breakpoint
SELECT refresh_product_listing(ARRAY(SELECT id FROM products));
