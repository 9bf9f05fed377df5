ALTER TABLE "users" ADD COLUMN "email_confirmed_at" timestamp with time zone DEFAULT now();--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "email_confirmation_hash" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "email_confirmation_expires_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_confirmation_idx" ON "users" USING btree ("email_confirmation_hash");