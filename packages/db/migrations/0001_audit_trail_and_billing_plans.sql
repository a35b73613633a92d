CREATE TABLE "audit_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sequence" bigserial NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"customer_id" uuid NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"action" text NOT NULL,
	"field" text,
	"from_value" text,
	"to_value" text,
	"reason" text,
	CONSTRAINT "audit_events_entity_type_check" CHECK ("audit_events"."entity_type" in ('CUSTOMER', 'PROJECT', 'QUOTE', 'SALES_ORDER', 'INVOICE'))
);
--> statement-breakpoint
CREATE TABLE "billing_plan_parts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sales_order_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"label" text NOT NULL,
	"percentage" numeric(7, 4),
	"amount" numeric(19, 4) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"replaced_at" timestamp with time zone,
	CONSTRAINT "billing_plan_parts_kind_check" CHECK ("billing_plan_parts"."kind" in ('DEPOSIT', 'MILESTONE', 'RETENTION')),
	CONSTRAINT "billing_plan_parts_amount_check" CHECK ("billing_plan_parts"."amount" > 0)
);
--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "plan_part_id" uuid;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "billing_plan_parts" ADD CONSTRAINT "billing_plan_parts_sales_order_id_sales_orders_id_fk" FOREIGN KEY ("sales_order_id") REFERENCES "public"."sales_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_entity_id_occurred_at_idx" ON "audit_events" USING btree ("entity_id","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_events_customer_id_idx" ON "audit_events" USING btree ("customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "billing_plan_parts_sales_order_id_position_key" ON "billing_plan_parts" USING btree ("sales_order_id","position") WHERE "billing_plan_parts"."replaced_at" is null;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_plan_part_id_billing_plan_parts_id_fk" FOREIGN KEY ("plan_part_id") REFERENCES "public"."billing_plan_parts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_plan_part_id_key" ON "invoices" USING btree ("plan_part_id") WHERE "invoices"."plan_part_id" is not null and "invoices"."status" not in ('REJECTED', 'VOIDED');