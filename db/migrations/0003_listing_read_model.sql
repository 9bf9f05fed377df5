ALTER TABLE "products" ADD COLUMN "listing_min_price" integer;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "listing_max_price" integer;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "listing_colors" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "listing_sizes" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "products_listing_name_idx" ON "products" USING btree ("name","id") WHERE "products"."status" = 'active';--> statement-breakpoint
CREATE INDEX "products_listing_price_idx" ON "products" USING btree ("listing_min_price","id") WHERE "products"."status" = 'active';--> statement-breakpoint
CREATE INDEX "products_listing_colors_idx" ON "products" USING gin ("listing_colors");--> statement-breakpoint
CREATE INDEX "products_listing_sizes_idx" ON "products" USING gin ("listing_sizes");