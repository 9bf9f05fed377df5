CREATE TYPE "public"."price_adjustment" AS ENUM('fixed', 'percent', 'amount');--> statement-breakpoint
CREATE TYPE "public"."price_entry_target" AS ENUM('variant', 'product', 'category', 'all');--> statement-breakpoint
CREATE TABLE "customer_group_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"user_id" uuid,
	"company_id" uuid,
	CONSTRAINT "customer_group_members_one_member" CHECK (("customer_group_members"."user_id" is null) <> ("customer_group_members"."company_id" is null))
);
--> statement-breakpoint
CREATE TABLE "customer_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customer_groups_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "price_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"variant_id" uuid NOT NULL,
	"channel_id" uuid NOT NULL,
	"group_id" uuid,
	"currency" text NOT NULL,
	"amount" integer NOT NULL,
	"effective_from" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "price_history_state" (
	"id" integer PRIMARY KEY NOT NULL,
	"recorded_until" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "price_list_channels" (
	"price_list_id" uuid NOT NULL,
	"channel_id" uuid NOT NULL,
	CONSTRAINT "price_list_channels_price_list_id_channel_id_pk" PRIMARY KEY("price_list_id","channel_id")
);
--> statement-breakpoint
CREATE TABLE "price_list_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"price_list_id" uuid NOT NULL,
	"target_kind" "price_entry_target" NOT NULL,
	"variant_id" uuid,
	"product_id" uuid,
	"category_id" uuid,
	"min_quantity" integer DEFAULT 1 NOT NULL,
	"adjustment_kind" "price_adjustment" NOT NULL,
	"value" integer NOT NULL,
	CONSTRAINT "price_list_entries_target" CHECK (("price_list_entries"."target_kind" = 'variant') = ("price_list_entries"."variant_id" is not null) and ("price_list_entries"."target_kind" = 'product') = ("price_list_entries"."product_id" is not null) and ("price_list_entries"."target_kind" = 'category') = ("price_list_entries"."category_id" is not null)),
	CONSTRAINT "price_list_entries_min_quantity" CHECK ("price_list_entries"."min_quantity" >= 1),
	CONSTRAINT "price_list_entries_value" CHECK ("price_list_entries"."value" >= 0 and ("price_list_entries"."adjustment_kind" <> 'percent' or "price_list_entries"."value" <= 10000))
);
--> statement-breakpoint
CREATE TABLE "price_list_groups" (
	"price_list_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	CONSTRAINT "price_list_groups_price_list_id_group_id_pk" PRIMARY KEY("price_list_id","group_id")
);
--> statement-breakpoint
CREATE TABLE "price_lists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"priority" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"valid_from" timestamp with time zone,
	"valid_until" timestamp with time zone,
	"company_id" uuid,
	"currency" text NOT NULL,
	"amounts_include_vat" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "price_lists_window" CHECK ("price_lists"."valid_from" is null or "price_lists"."valid_until" is null or "price_lists"."valid_from" < "price_lists"."valid_until"),
	CONSTRAINT "price_lists_currency_iso" CHECK ("price_lists"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
ALTER TABLE "variant_prices" ADD COLUMN "floor_amount" integer;--> statement-breakpoint
ALTER TABLE "customer_group_members" ADD CONSTRAINT "customer_group_members_group_id_customer_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."customer_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_group_members" ADD CONSTRAINT "customer_group_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_group_members" ADD CONSTRAINT "customer_group_members_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_history" ADD CONSTRAINT "price_history_variant_id_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."variants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_history" ADD CONSTRAINT "price_history_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_history" ADD CONSTRAINT "price_history_group_id_customer_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."customer_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_list_channels" ADD CONSTRAINT "price_list_channels_price_list_id_price_lists_id_fk" FOREIGN KEY ("price_list_id") REFERENCES "public"."price_lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_list_channels" ADD CONSTRAINT "price_list_channels_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_list_entries" ADD CONSTRAINT "price_list_entries_price_list_id_price_lists_id_fk" FOREIGN KEY ("price_list_id") REFERENCES "public"."price_lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_list_entries" ADD CONSTRAINT "price_list_entries_variant_id_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."variants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_list_entries" ADD CONSTRAINT "price_list_entries_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_list_entries" ADD CONSTRAINT "price_list_entries_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_list_groups" ADD CONSTRAINT "price_list_groups_price_list_id_price_lists_id_fk" FOREIGN KEY ("price_list_id") REFERENCES "public"."price_lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_list_groups" ADD CONSTRAINT "price_list_groups_group_id_customer_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."customer_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_lists" ADD CONSTRAINT "price_lists_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "customer_group_members_user_idx" ON "customer_group_members" USING btree ("group_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "customer_group_members_company_idx" ON "customer_group_members" USING btree ("group_id","company_id");--> statement-breakpoint
CREATE INDEX "customer_group_members_user_lookup_idx" ON "customer_group_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "customer_group_members_company_lookup_idx" ON "customer_group_members" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "price_history_lookup_idx" ON "price_history" USING btree ("variant_id","channel_id","group_id","effective_from");--> statement-breakpoint
CREATE INDEX "price_list_channels_channel_idx" ON "price_list_channels" USING btree ("channel_id");--> statement-breakpoint
CREATE INDEX "price_list_entries_list_target_idx" ON "price_list_entries" USING btree ("price_list_id","target_kind");--> statement-breakpoint
CREATE INDEX "price_list_entries_variant_idx" ON "price_list_entries" USING btree ("variant_id");--> statement-breakpoint
CREATE INDEX "price_list_entries_product_idx" ON "price_list_entries" USING btree ("product_id");--> statement-breakpoint
CREATE INDEX "price_list_entries_category_idx" ON "price_list_entries" USING btree ("category_id");--> statement-breakpoint
ALTER TABLE "variant_prices" ADD CONSTRAINT "variant_prices_floor_non_negative" CHECK ("variant_prices"."floor_amount" is null or "variant_prices"."floor_amount" >= 0);