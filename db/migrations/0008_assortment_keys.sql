CREATE TYPE "public"."assortment_effect" AS ENUM('include', 'exclude');--> statement-breakpoint
CREATE TYPE "public"."assortment_target" AS ENUM('all', 'category', 'brand', 'tag', 'product');--> statement-breakpoint
CREATE TYPE "public"."assortment_mode" AS ENUM('all', 'selected');--> statement-breakpoint
CREATE TABLE "assortment_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"channel_id" uuid NOT NULL,
	"customer_group_id" uuid,
	"company_id" uuid,
	"target_kind" "assortment_target" NOT NULL,
	"category_id" uuid,
	"brand_id" uuid,
	"product_id" uuid,
	"tag" text,
	"effect" "assortment_effect" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assortment_rules_one_audience" CHECK ("assortment_rules"."customer_group_id" is null or "assortment_rules"."company_id" is null),
	CONSTRAINT "assortment_rules_target" CHECK (case "assortment_rules"."target_kind"
        when 'all' then "assortment_rules"."category_id" is null and "assortment_rules"."brand_id" is null and "assortment_rules"."product_id" is null and "assortment_rules"."tag" is null
        when 'category' then "assortment_rules"."category_id" is not null
        when 'brand' then "assortment_rules"."brand_id" is not null
        when 'product' then "assortment_rules"."product_id" is not null
        when 'tag' then "assortment_rules"."tag" is not null end)
);
--> statement-breakpoint
CREATE TABLE "channel_products" (
	"channel_id" uuid NOT NULL,
	"audience_key" text NOT NULL,
	"product_id" uuid NOT NULL,
	"listed" boolean NOT NULL,
	"rank" integer NOT NULL,
	"rule_id" uuid,
	CONSTRAINT "channel_products_channel_id_audience_key_product_id_pk" PRIMARY KEY("channel_id","audience_key","product_id")
);
--> statement-breakpoint
CREATE TABLE "publishable_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"channel_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "publishable_keys_token_unique" UNIQUE("token")
);
--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "tags" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "listed_channel_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "channels" ADD COLUMN "assortment_mode" "assortment_mode" DEFAULT 'all' NOT NULL;--> statement-breakpoint
ALTER TABLE "assortment_rules" ADD CONSTRAINT "assortment_rules_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assortment_rules" ADD CONSTRAINT "assortment_rules_customer_group_id_customer_groups_id_fk" FOREIGN KEY ("customer_group_id") REFERENCES "public"."customer_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assortment_rules" ADD CONSTRAINT "assortment_rules_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assortment_rules" ADD CONSTRAINT "assortment_rules_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assortment_rules" ADD CONSTRAINT "assortment_rules_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assortment_rules" ADD CONSTRAINT "assortment_rules_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assortment_rules" ADD CONSTRAINT "assortment_rules_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_products" ADD CONSTRAINT "channel_products_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_products" ADD CONSTRAINT "channel_products_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publishable_keys" ADD CONSTRAINT "publishable_keys_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publishable_keys" ADD CONSTRAINT "publishable_keys_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assortment_rules_channel_idx" ON "assortment_rules" USING btree ("channel_id");--> statement-breakpoint
CREATE INDEX "channel_products_product_idx" ON "channel_products" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "publishable_keys_channel_idx" ON "publishable_keys" USING btree ("channel_id");--> statement-breakpoint
-- Until now every channel sold every product: record that as the decision for everyone (no rules yet).
INSERT INTO "channel_products" ("channel_id", "audience_key", "product_id", "listed", "rank", "rule_id")
SELECT c."id", '', p."id", true, -1, NULL FROM "channels" c CROSS JOIN "products" p;--> statement-breakpoint
UPDATE "products" SET "listed_channel_ids" = ARRAY(SELECT "id" FROM "channels" ORDER BY "id");
