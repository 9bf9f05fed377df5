-- Names sort in ICU's root collation (Ä with A, not after Z; db/schema/catalog.ts NAME_COLLATION); the listing
-- name indexes follow so that sorting by name stays an index scan.
DROP INDEX "products_listing_name_idx";--> statement-breakpoint
DROP INDEX "products_listing_name_de_idx";--> statement-breakpoint
DROP INDEX "products_listing_name_en_idx";--> statement-breakpoint
CREATE INDEX "products_listing_name_idx" ON "products" USING btree ((name collate "und-x-icu"),"id") WHERE "products"."status" = 'active';--> statement-breakpoint
CREATE INDEX "products_listing_name_de_idx" ON "products" USING btree ((coalesce(nullif((translations -> 'de') ->> 'name', ''), name) collate "und-x-icu"),"id") WHERE "products"."status" = 'active';--> statement-breakpoint
CREATE INDEX "products_listing_name_en_idx" ON "products" USING btree ((coalesce(nullif((translations -> 'en') ->> 'name', ''), name) collate "und-x-icu"),"id") WHERE "products"."status" = 'active';