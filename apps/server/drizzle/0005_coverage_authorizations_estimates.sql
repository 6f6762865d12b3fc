CREATE TABLE "eligibility_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"coverage_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"admission_id" uuid,
	"trigger" text NOT NULL,
	"status" text NOT NULL,
	"connector" text NOT NULL,
	"request_x12" text NOT NULL,
	"response_x12" text,
	"response" jsonb,
	"cost_sharing" jsonb,
	"rejection" jsonb,
	"plan_begin" date,
	"plan_end" date,
	"error_message" text,
	"checked_by" uuid,
	"checked_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payer_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"directory_key" text,
	"payer_id" text NOT NULL,
	"payer_name" text NOT NULL,
	"plan_name" text NOT NULL,
	"plan_type" text NOT NULL,
	"state" text,
	"contract_status" text NOT NULL,
	"billing_model" text NOT NULL,
	"prior_auth_therapies" text[] DEFAULT '{}' NOT NULL,
	"timely_filing_days" integer NOT NULL,
	"phone" text,
	"fax" text,
	"portal_url" text,
	"contacts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payer_plans_directory_key_unique" UNIQUE("directory_key")
);
--> statement-breakpoint
CREATE TABLE "authorization_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authorization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"units" integer,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"actor_user_id" uuid,
	"actor_name" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "authorizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"admission_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"coverage_id" uuid,
	"service_line" text NOT NULL,
	"procedure_code" text NOT NULL,
	"modifier" text,
	"description" text,
	"units_requested" integer NOT NULL,
	"unit_type" text NOT NULL,
	"frequency" text,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"level" text NOT NULL,
	"status" text NOT NULL,
	"channel" text NOT NULL,
	"certification_number" text,
	"units_approved" integer,
	"approved_start" date,
	"approved_end" date,
	"decision_reason" text,
	"units_used" integer DEFAULT 0 NOT NULL,
	"submitted_at" timestamp with time zone,
	"decision_due_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"request_x12" text,
	"response_x12" text,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assistance_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"admission_id" uuid,
	"screening_id" uuid,
	"program_id" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"award" jsonb,
	"history" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assistance_screenings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" uuid NOT NULL,
	"admission_id" uuid,
	"household_size" integer NOT NULL,
	"annual_income_cents" bigint NOT NULL,
	"region" text NOT NULL,
	"year" integer NOT NULL,
	"result" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estimate_acknowledgements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"estimate_id" uuid NOT NULL,
	"admission_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"fingerprint" text NOT NULL,
	"acknowledged_by_user_id" uuid NOT NULL,
	"acknowledged_as" text NOT NULL,
	"language" text NOT NULL,
	"client_ip" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "estimates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"admission_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"fingerprint" text NOT NULL,
	"status" text NOT NULL,
	"inputs" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"allowed_total_cents" bigint NOT NULL,
	"payer_total_cents" bigint NOT NULL,
	"patient_total_cents" bigint NOT NULL,
	"eligibility_check_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"presented_at" timestamp with time zone,
	"presented_by" uuid
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"owner_role" text NOT NULL,
	"patient_id" uuid,
	"admission_id" uuid,
	"branch_id" uuid,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"dedupe_key" text NOT NULL,
	"due_at" timestamp with time zone,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid
);
--> statement-breakpoint
ALTER TABLE "patient_coverages" ADD COLUMN "payer_plan_id" uuid;--> statement-breakpoint
ALTER TABLE "eligibility_checks" ADD CONSTRAINT "eligibility_checks_coverage_id_patient_coverages_id_fk" FOREIGN KEY ("coverage_id") REFERENCES "public"."patient_coverages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eligibility_checks" ADD CONSTRAINT "eligibility_checks_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authorization_events" ADD CONSTRAINT "authorization_events_authorization_id_authorizations_id_fk" FOREIGN KEY ("authorization_id") REFERENCES "public"."authorizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authorizations" ADD CONSTRAINT "authorizations_admission_id_admissions_id_fk" FOREIGN KEY ("admission_id") REFERENCES "public"."admissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authorizations" ADD CONSTRAINT "authorizations_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authorizations" ADD CONSTRAINT "authorizations_coverage_id_patient_coverages_id_fk" FOREIGN KEY ("coverage_id") REFERENCES "public"."patient_coverages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_applications" ADD CONSTRAINT "assistance_applications_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assistance_screenings" ADD CONSTRAINT "assistance_screenings_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estimate_acknowledgements" ADD CONSTRAINT "estimate_acknowledgements_estimate_id_estimates_id_fk" FOREIGN KEY ("estimate_id") REFERENCES "public"."estimates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estimates" ADD CONSTRAINT "estimates_admission_id_admissions_id_fk" FOREIGN KEY ("admission_id") REFERENCES "public"."admissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "estimates" ADD CONSTRAINT "estimates_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "eligibility_checks_coverage_idx" ON "eligibility_checks" USING btree ("coverage_id","checked_at");--> statement-breakpoint
CREATE INDEX "payer_plans_payer_name_idx" ON "payer_plans" USING btree ("payer_name");--> statement-breakpoint
CREATE INDEX "payer_plans_payer_id_idx" ON "payer_plans" USING btree ("payer_id");--> statement-breakpoint
CREATE INDEX "payer_plans_type_state_idx" ON "payer_plans" USING btree ("plan_type","state");--> statement-breakpoint
CREATE INDEX "authorization_events_auth_idx" ON "authorization_events" USING btree ("authorization_id","at");--> statement-breakpoint
CREATE INDEX "authorizations_admission_idx" ON "authorizations" USING btree ("admission_id");--> statement-breakpoint
CREATE INDEX "authorizations_status_due_idx" ON "authorizations" USING btree ("status","decision_due_at");--> statement-breakpoint
CREATE INDEX "assistance_applications_patient_idx" ON "assistance_applications" USING btree ("patient_id");--> statement-breakpoint
CREATE INDEX "assistance_screenings_patient_idx" ON "assistance_screenings" USING btree ("patient_id");--> statement-breakpoint
CREATE INDEX "estimate_acknowledgements_admission_idx" ON "estimate_acknowledgements" USING btree ("admission_id");--> statement-breakpoint
CREATE INDEX "estimates_admission_idx" ON "estimates" USING btree ("admission_id","version");--> statement-breakpoint
CREATE INDEX "tasks_owner_status_idx" ON "tasks" USING btree ("owner_role","status");--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_open_dedupe_idx" ON "tasks" USING btree ("dedupe_key") WHERE status = 'open';--> statement-breakpoint
ALTER TABLE "patient_coverages" ADD CONSTRAINT "patient_coverages_payer_plan_id_payer_plans_id_fk" FOREIGN KEY ("payer_plan_id") REFERENCES "public"."payer_plans"("id") ON DELETE no action ON UPDATE no action;