/* screenshot.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Renders the main window to PNG files for review and for the metainfo: every page with
 * realistic demo data in the light and the dark style; a job's detail and its form; the Jobs
 * page searched, filtered, sorted and without matches; the drop highlight, an import in
 * progress, its summary and its errors; the review of a resume read from a file
 * (`resume-review`); the fit of a job and its tailored resume, with suggested AI rewrites
 * (`fit`); the AI analysis, the critic and a message to a contact (`ai`); a cover letter
 * drafted from the template (`letter`); every page of an empty database, and the dialog for
 * a damaged database file. Usage: vocation-screenshot OUTPUT-DIR [resume-review|fit|ai|letter]
 * (build-aux/screenshots.sh runs it under Xvfb; the name of a shot takes only that one).
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "voc-ai-preferences.h"
#include "voc-ai-verify.h"
#include "voc-app-private.h"
#include "voc-critic-dialog.h"
#include "voc-critic-store.h"
#include "voc-database-private.h"
#include "voc-outreach-dialog.h"
#include "voc-jd-parser.h"
#include "voc-model-runs.h"
#include "voc-fit-view.h"
#include "voc-job-detail-private.h"
#include "voc-jobs-page-private.h"
#include "voc-pipeline-page-private.h"
#include "voc-event-editor.h"
#include "voc-preferences-window.h"
#include "voc-task-editor.h"
#include "voc-today-page.h"
#include "voc-repositories.h"
#include "voc-resume-review-private.h"
#include "voc-resume-variants-private.h"
#include "voc-resume-page-private.h"
#include "voc-letter-window.h"
#include "voc-tailor-window.h"
#include "voc-window-private.h"
#include "voc-ui-test.h"

#define WIDTH 1100
#define HEIGHT 720

static const char *pages[] = { "jobs", "companies", "resume", "pipeline", "today" };

/* The posting whose detail is shown. */
static gint64 featured_id;

static const char *featured_md =
  "# Staff Platform Engineer\n\n"
  "Lumen Health · Berlin, Germany (Remote within the EU) · Full-time\n\n"
  "€90,000–€110,000 per year\n\n"
  "## About us\n\n"
  "Lumen Health builds the records and scheduling platform that 400 clinics across Europe "
  "run their day on. Our platform team of nine keeps 60 services fast, safe and boring.\n\n"
  "## What you'll do\n\n"
  "- Lead the design of our next internal platform on Kubernetes and Terraform\n"
  "- Own the reliability of the event pipeline (Kafka, PostgreSQL) end to end\n"
  "- Mentor engineers across four product teams and review their designs\n"
  "- Make the paved road the easy road: templates, CI in GitHub Actions, observability\n\n"
  "## Requirements\n\n"
  "- 8+ years building backend systems, 3+ in a platform or SRE role\n"
  "- Deep experience with Kubernetes, Terraform and PostgreSQL in production\n"
  "- Fluent in Go or Rust\n"
  "- You write clearly and enjoy explaining trade-offs\n\n"
  "## Nice to have\n\n"
  "- Kafka at scale\n"
  "- Healthcare or other regulated environments (ISO 27001)\n\n"
  "## Benefits\n\n"
  "- 30 days of paid leave, a learning budget of €2,000 a year\n"
  "- Work from anywhere in the EU, with a team week in Berlin every quarter\n";

static const char *featured_sections =
  "[{\"kind\":\"about\",\"heading\":\"About us\",\"text\":\"Lumen Health builds the records "
  "and scheduling platform that 400 clinics across Europe run their day on. Our platform team "
  "of nine keeps 60 services fast, safe and boring.\"},"
  "{\"kind\":\"responsibilities\",\"heading\":\"What you'll do\",\"text\":\"• Lead the "
  "design of our next internal platform on Kubernetes and Terraform\\n• Own the reliability "
  "of the event pipeline (Kafka, PostgreSQL) end to end\\n• Mentor engineers across four "
  "product teams and review their designs\\n• Make the paved road the easy road: templates, "
  "CI in GitHub Actions, observability\"},"
  "{\"kind\":\"requirements\",\"heading\":\"Requirements\",\"text\":\"• 8+ years building "
  "backend systems, 3+ in a platform or SRE role\\n• Deep experience with Kubernetes, "
  "Terraform and PostgreSQL in production\\n• Fluent in Go or Rust\\n• You write clearly and "
  "enjoy explaining trade-offs\"},"
  "{\"kind\":\"nice_to_have\",\"heading\":\"Nice to have\",\"text\":\"• Kafka at scale\\n"
  "• Healthcare or other regulated environments (ISO 27001)\"},"
  "{\"kind\":\"benefits\",\"heading\":\"Benefits\",\"text\":\"• 30 days of paid leave, a "
  "learning budget of €2,000 a year\\n• Work from anywhere in the EU, with a team week in "
  "Berlin every quarter\"}]";

static const char *featured_skills =
  "[{\"name\":\"Kubernetes\",\"required\":true,\"nice_to_have\":false,\"count\":2,\"weight\":5},"
  "{\"name\":\"Terraform\",\"required\":true,\"nice_to_have\":false,\"count\":2,\"weight\":5},"
  "{\"name\":\"PostgreSQL\",\"required\":true,\"nice_to_have\":false,\"count\":2,\"weight\":5},"
  "{\"name\":\"Go\",\"required\":true,\"nice_to_have\":false,\"count\":1,\"weight\":4},"
  "{\"name\":\"Rust\",\"required\":true,\"nice_to_have\":false,\"count\":1,\"weight\":4},"
  "{\"name\":\"GitHub Actions\",\"required\":false,\"nice_to_have\":false,\"count\":1,\"weight\":2},"
  "{\"name\":\"Observability\",\"required\":false,\"nice_to_have\":false,\"count\":1,\"weight\":2},"
  "{\"name\":\"Mentoring\",\"required\":false,\"nice_to_have\":false,\"count\":1,\"weight\":2},"
  "{\"name\":\"Apache Kafka\",\"required\":false,\"nice_to_have\":true,\"count\":2,\"weight\":1},"
  "{\"name\":\"ISO 27001\",\"required\":false,\"nice_to_have\":true,\"count\":1,\"weight\":1}]";

/* Job descriptions for the import shots. */
static const char *import_mds[] = {
  "# Backend Engineer — Harbor Freight Tech\n\n**Location:** Hamburg, Germany (Hybrid)\n\n"
  "## What you'll do\n\n- Build APIs in Go\n\n## Requirements\n\n- 3+ years of Go and SQL\n",
  "# Site Reliability Engineer — Polar Grid\n\n**Location:** Helsinki, Finland\n\n"
  "## Responsibilities\n\n- Run Kubernetes clusters\n\n## Requirements\n\n- Linux, Prometheus\n",
  "# Data Engineer — Saffron Analytics\n\n**Location:** Remote\n\n"
  "## What you'll do\n\n- Pipelines in Python and dbt\n\n## Requirements\n\n- SQL, Airflow\n",
  "# Mobile Engineer — Quill Books\n\n**Location:** Lisbon, Portugal (Hybrid)\n\n"
  "## What you'll do\n\n- Ship our reading app\n\n## Requirements\n\n- Kotlin or Swift\n",
};

static void
iterate_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2000);
}

static void
wait_for_window (VocWindow *window)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (voc_window_get_database (window) == NULL && voc_window_get_error_dialog (window) == NULL)
    {
      if (g_get_monotonic_time () > end)
        g_error ("The window did not open its database");
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (2000);
    }

  /* The pages cross-fade from their spinner. */
  iterate_for (600);
}

static void
save_png (GtkWidget  *widget,
          const char *dir,
          const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_to_node (snapshot);
  if (node == NULL)
    g_error ("Nothing to render for %s", name);

  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    g_error ("Cannot write %s", path);

  g_print ("%s\n", path);
}

static GDateTime *
days_ago (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_add_seconds (now, -(days * 86400.0 + g_random_int_range (0, 36000)));
}

static void
check (gboolean  ok,
       GError   *error)
{
  if (!ok)
    g_error ("Cannot write the demo data: %s", error->message);
}

/* Moves a row's dates into the past, as if it had been saved then: the repositories stamp
 * every new row with the current time, and a screenshot of rows all added "Today" shows
 * nothing of the columns. Demo data only. */
static void
backdate (VocDatabase *database,
          const char  *table,
          gint64       id,
          int          days)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) when = days_ago (days);
  g_autofree char *stamp = g_date_time_format (when, "%Y-%m-%dT%H:%M:%S.%fZ");
  g_autofree char *sql = g_strdup_printf ("UPDATE %s SET created_at = '%s', updated_at = '%s' "
                                          "WHERE id = %" G_GINT64_FORMAT,
                                          table, stamp, stamp, id);

  check (voc_database_exec (database, sql, &error), error);
}

/* The master resume's achievements, an engagement, education, certifications, projects and
 * languages, for the Resume page and its editors. */
static void
fill_resume_demo_data (VocDatabase         *database,
                       VocResumeRepository *resume,
                       const gint64        *experience_ids)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocEngagement) engagement = voc_engagement_new ();
  g_autoptr(VocProfile) profile = NULL;
  gint64 engagement_id;

  static const struct {
    int            experience;
    gboolean       in_engagement;
    const char    *text;
    const char    *tags;
    VocBulletType  type;
    int            importance;
    VocSeniority   seniority;
    gboolean       retired;
    int            use_count;
  } bullet_data[] = {
    { 0, FALSE, "Cut p99 latency of the routing API from 480 ms to 90 ms by moving hot paths "
      "to Rust and caching route plans", "[\"rust\", \"performance\", \"backend\"]",
      VOC_BULLET_TYPE_ACHIEVEMENT, 5, VOC_SENIORITY_SENIOR, FALSE, 4 },
    { 0, FALSE, "Led a team of four through the migration of 40 services to Kubernetes with "
      "zero customer-facing downtime", "[\"kubernetes\", \"leadership\"]",
      VOC_BULLET_TYPE_LEADERSHIP, 5, VOC_SENIORITY_LEAD, FALSE, 3 },
    { 0, FALSE, "Introduced contract tests in GitLab CI between 12 teams, halving integration "
      "incidents",
      "[\"testing\", \"platform\"]", VOC_BULLET_TYPE_TECHNICAL, 3, VOC_SENIORITY_SENIOR,
      FALSE, 0 },
    { 0, FALSE, "Maintained the legacy PHP invoicing module", "[\"php\"]",
      VOC_BULLET_TYPE_RESPONSIBILITY, 1, VOC_SENIORITY_MID, TRUE, 1 },
    { 1, FALSE, "Built the appointment event pipeline in Go that 400 clinics rely on, at "
      "3,000 events a second", "[\"go\", \"kafka\", \"backend\"]",
      VOC_BULLET_TYPE_ACHIEVEMENT, 4, VOC_SENIORITY_MID, FALSE, 2 },
    { 1, FALSE, "Mentored three junior engineers, two of them promoted within a year",
      "[\"mentoring\"]", VOC_BULLET_TYPE_LEADERSHIP, 3, VOC_SENIORITY_MID, FALSE, 0 },
    { 2, TRUE, "Rewrote the billing reconciliation batch in Python, from 6 hours to 20 minutes",
      "[\"python\", \"performance\"]", VOC_BULLET_TYPE_ACHIEVEMENT, 4, VOC_SENIORITY_MID,
      FALSE, 1 },
  };

  voc_engagement_set_experience_id (engagement, experience_ids[2]);
  voc_engagement_set_client (engagement, "Globex Retail");
  voc_engagement_set_project (engagement, "Billing modernisation");
  voc_engagement_set_engagement_type (engagement, "Fixed-price project");
  voc_engagement_set_date_label (engagement, "2017, 8 months");
  voc_engagement_set_domain_tags (engagement, "[\"retail\", \"payments\"]");
  voc_engagement_set_technology_tags (engagement, "[\"Python\", \"PostgreSQL\"]");
  check (voc_repository_insert (VOC_REPOSITORY (resume), engagement, &error), error);
  engagement_id = voc_entity_get_id (VOC_ENTITY (engagement));

  for (guint i = 0; i < G_N_ELEMENTS (bullet_data); i++)
    {
      g_autoptr(VocBullet) bullet = voc_bullet_new ();

      voc_bullet_set_experience_id (bullet, experience_ids[bullet_data[i].experience]);
      if (bullet_data[i].in_engagement)
        voc_bullet_set_engagement_id (bullet, engagement_id);
      voc_bullet_set_text (bullet, bullet_data[i].text);
      voc_bullet_set_tags (bullet, bullet_data[i].tags);
      voc_bullet_set_bullet_type (bullet, bullet_data[i].type);
      voc_bullet_set_importance (bullet, bullet_data[i].importance);
      voc_bullet_set_seniority (bullet, bullet_data[i].seniority);
      voc_bullet_set_retired (bullet, bullet_data[i].retired);
      voc_bullet_set_use_count (bullet, bullet_data[i].use_count);
      if (bullet_data[i].use_count > 0)
        {
          g_autoptr(GDateTime) used = days_ago (3 + i * 5);

          voc_bullet_set_last_used_at (bullet, used);
        }
      check (voc_resume_repository_add_bullet (resume, bullet, &error), error);

      /* The first one was reworded twice: its history has two earlier texts. */
      if (i == 0)
        {
          voc_bullet_set_text (bullet, "Cut latency of the routing API by moving it to Rust");
          check (voc_resume_repository_update_bullet (resume, bullet, NULL,
                                                      VOC_VERSION_SOURCE_USER, &error), error);
          voc_bullet_set_text (bullet, bullet_data[i].text);
          check (voc_resume_repository_update_bullet (resume, bullet, NULL,
                                                      VOC_VERSION_SOURCE_USER, &error), error);
        }
    }

  {
    g_autoptr(VocEducation) education = voc_education_new ();

    voc_education_set_institution (education, "University of Porto");
    voc_education_set_study_type (education, "MSc");
    voc_education_set_area (education, "Informatics Engineering");
    voc_education_set_start_date (education, "2011");
    voc_education_set_end_date (education, "2016");
    check (voc_repository_insert (VOC_REPOSITORY (resume), education, &error), error);
  }

  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GDateTime) soon = g_date_time_add_days (now, 40);
    g_autofree char *soon_text = g_date_time_format (soon, "%Y-%m-%d");
    static const struct {
      const char *name;
      const char *issuer;
      const char *issued;
      const char *expires;
    } certification_data[] = {
      { "Certified Kubernetes Administrator", "The Linux Foundation", "2023-05", NULL },
      { "AWS Certified Solutions Architect – Associate", "Amazon Web Services", "2020-09",
        "2023-09" },
      { "HashiCorp Certified: Terraform Associate", "HashiCorp", "2022-11", "" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (certification_data); i++)
      {
        g_autoptr(VocCertification) certification = voc_certification_new ();

        voc_certification_set_name (certification, certification_data[i].name);
        voc_certification_set_issuer (certification, certification_data[i].issuer);
        voc_certification_set_issued_on (certification, certification_data[i].issued);
        if (certification_data[i].expires != NULL)
          voc_certification_set_expires_on (certification,
                                            *certification_data[i].expires != '\0'
                                            ? certification_data[i].expires : soon_text);
        else
          voc_certification_set_expires_on (certification, "2028-05");
        check (voc_repository_insert (VOC_REPOSITORY (resume), certification, &error), error);
      }
  }

  {
    g_autoptr(VocProject) project = voc_project_new ();

    voc_project_set_name (project, "tern — a tiny tracing library for Rust");
    voc_project_set_entity (project, "Open source");
    voc_project_set_start_date (project, "2022-01");
    voc_project_set_description (project, "1,200 stars; used by two logistics companies");
    check (voc_repository_insert (VOC_REPOSITORY (resume), project, &error), error);
  }

  {
    static const char *language_data[][2] = {
      { "English", "Full professional" },
      { "Portuguese", "Native" },
      { "German", "Limited working" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (language_data); i++)
      {
        g_autoptr(VocLanguage) language = voc_language_new ();

        voc_language_set_language (language, language_data[i][0]);
        voc_language_set_fluency (language, language_data[i][1]);
        voc_language_set_position (language, i);
        check (voc_repository_insert (VOC_REPOSITORY (resume), language, &error), error);
      }
  }

  profile = voc_resume_repository_dup_profile (resume, &error);
  check (profile != NULL, error);
  voc_profile_set_phone (profile, "+351 912 345 678");
  voc_profile_set_github_url (profile, "github.com/mayaokafor");
  voc_profile_set_target_roles (profile, "[\"Staff Engineer\", \"Platform Lead\"]");
  voc_profile_set_remote_preference (profile, VOC_REMOTE_MODE_HYBRID);
  voc_profile_set_work_authorization (profile, "EU citizen");
  voc_profile_set_salary_min_cents (profile, 9000000);
  voc_profile_set_salary_max_cents (profile, 11000000);
  voc_profile_set_salary_currency (profile, "EUR");
  check (voc_repository_update (VOC_REPOSITORY (resume), profile, &error), error);
}

static void
fill_demo_data (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocDatabase) database = voc_database_open (path, &error);
  g_autoptr(VocCompanyRepository) companies = NULL;
  g_autoptr(VocJobRepository) jobs = NULL;
  g_autoptr(VocResumeRepository) resume = NULL;
  g_autoptr(VocPipelineRepository) pipeline = NULL;
  g_autoptr(VocProfile) profile = NULL;
  g_autoptr(GPtrArray) company_ids = g_ptr_array_new ();
  gint64 posting_ids[25];

  static const struct {
    const char *name;
    const char *domain;
    const char *industry;
    const char *location;
  } company_data[] = {
    { "Northwind Logistics", "northwind.example", "Logistics", "Lisbon, Portugal" },
    { "Lumen Health", "lumenhealth.example", "Healthcare", "Berlin, Germany" },
    { "Kestrel Labs", "kestrel.example", "Developer Tools", "Porto, Portugal" },
    { "Tidewater Energy", "tidewater.example", "Renewable Energy", "Amsterdam, Netherlands" },
    { "Cobalt Payments", "cobaltpay.example", "Financial Services", "Dublin, Ireland" },
    { "Meridian Maps", "meridianmaps.example", "Geospatial", "Zurich, Switzerland" },
    { "Orchard Learning", "orchard.example", "Education", "Remote" },
    { "Fjord Robotics", "fjordrobotics.example", "Robotics", "Oslo, Norway" },
  };

  static const struct {
    const char      *title;
    int              company;
    const char      *location;
    VocRemoteMode    remote;
    gint64           min;
    gint64           max;
    const char      *currency;
    VocSalaryPeriod  period;
  } posting_data[] = {
    { "Senior Backend Engineer", 0, "Lisbon, Portugal", VOC_REMOTE_MODE_HYBRID, 6000000, 7500000, "EUR", VOC_SALARY_PERIOD_YEAR },
    { "Staff Platform Engineer", 1, "Berlin, Germany", VOC_REMOTE_MODE_REMOTE, 9000000, 11000000, "EUR", VOC_SALARY_PERIOD_YEAR },
    { "Rust Developer", 2, "Porto, Portugal", VOC_REMOTE_MODE_ON_SITE, 4800000, 5800000, "EUR", VOC_SALARY_PERIOD_YEAR },
    { "Site Reliability Engineer", 3, "Amsterdam, Netherlands", VOC_REMOTE_MODE_HYBRID, 7000000, 8500000, "EUR", VOC_SALARY_PERIOD_YEAR },
    { "Payments Infrastructure Engineer", 4, "Dublin, Ireland", VOC_REMOTE_MODE_HYBRID, 8500000, 10500000, "EUR", VOC_SALARY_PERIOD_YEAR },
    { "Geospatial Data Engineer", 5, "Zurich, Switzerland", VOC_REMOTE_MODE_ON_SITE, 11000000, 13500000, "CHF", VOC_SALARY_PERIOD_YEAR },
    { "Backend Engineer, Learning Platform", 6, "Remote (Europe)", VOC_REMOTE_MODE_REMOTE, -1, -1, NULL, VOC_SALARY_PERIOD_UNKNOWN },
    { "Robotics Software Engineer", 7, "Oslo, Norway", VOC_REMOTE_MODE_ON_SITE, 75000000, 90000000, "NOK", VOC_SALARY_PERIOD_YEAR },
    { "Go Engineer", 0, "Lisbon, Portugal", VOC_REMOTE_MODE_HYBRID, 5500000, -1, "EUR", VOC_SALARY_PERIOD_YEAR },
    { "Engineering Manager, Core Services", 1, "Berlin, Germany", VOC_REMOTE_MODE_HYBRID, 10000000, 12000000, "EUR", VOC_SALARY_PERIOD_YEAR },
    { "Senior Software Engineer, Developer Experience", 2, "Remote", VOC_REMOTE_MODE_REMOTE, 6500000, 8000000, "EUR", VOC_SALARY_PERIOD_YEAR },
    { "Data Platform Engineer", 3, "Rotterdam, Netherlands", VOC_REMOTE_MODE_HYBRID, -1, -1, NULL, VOC_SALARY_PERIOD_UNKNOWN },
    { "Contract Backend Developer", 4, "Dublin, Ireland", VOC_REMOTE_MODE_REMOTE, 60000, 75000, "EUR", VOC_SALARY_PERIOD_DAY },
    { "Distributed Systems Engineer", 5, "Zurich, Switzerland", VOC_REMOTE_MODE_HYBRID, 12000000, 14000000, "CHF", VOC_SALARY_PERIOD_YEAR },
    { "API Engineer", 6, "Remote (Worldwide)", VOC_REMOTE_MODE_REMOTE, 9000000, 12000000, "USD", VOC_SALARY_PERIOD_YEAR },
    { "Embedded Linux Engineer", 7, "Trondheim, Norway", VOC_REMOTE_MODE_ON_SITE, -1, -1, NULL, VOC_SALARY_PERIOD_UNKNOWN },
    { "Senior Go Developer", 0, "Remote (Portugal)", VOC_REMOTE_MODE_REMOTE, 5000000, 6500000, "EUR", VOC_SALARY_PERIOD_YEAR },
    { "Security Engineer", 1, "Berlin, Germany", VOC_REMOTE_MODE_ON_SITE, 8000000, 9500000, "EUR", VOC_SALARY_PERIOD_YEAR },
    { "Freelance Rust Consultant", 2, "Remote", VOC_REMOTE_MODE_REMOTE, 8500, 11000, "EUR", VOC_SALARY_PERIOD_HOUR },
    { "Cloud Infrastructure Engineer", 3, "Amsterdam, Netherlands", VOC_REMOTE_MODE_HYBRID, 650000, 750000, "EUR", VOC_SALARY_PERIOD_MONTH },
    { "Backend Engineer, Risk", 4, "London, United Kingdom", VOC_REMOTE_MODE_HYBRID, 8000000, 9500000, "GBP", VOC_SALARY_PERIOD_YEAR },
    { "Principal Engineer", 5, "Zurich, Switzerland", VOC_REMOTE_MODE_ON_SITE, -1, 18000000, "CHF", VOC_SALARY_PERIOD_YEAR },
    { "Full-Stack Engineer", 6, "Remote", VOC_REMOTE_MODE_REMOTE, 5500000, 7000000, "EUR", VOC_SALARY_PERIOD_YEAR },
    { "Perception Engineer", 7, "Oslo, Norway", VOC_REMOTE_MODE_UNKNOWN, -1, -1, NULL, VOC_SALARY_PERIOD_UNKNOWN },
    { "Senior Platform Engineer", 1, "Munich, Germany", VOC_REMOTE_MODE_HYBRID, 8500000, 10000000, "EUR", VOC_SALARY_PERIOD_YEAR },
  };

  static const struct {
    const char *title;
    const char *employer;
    const char *location;
    const char *start;
    const char *end;
    VocEmploymentType type;
  } experience_data[] = {
    { "Senior Backend Engineer", "Northwind Logistics", "Lisbon, Portugal", "2021-04", NULL,
      VOC_EMPLOYMENT_TYPE_FULL_TIME },
    { "Software Engineer", "Lumen Health", "Berlin, Germany", "2018-02", "2021-03",
      VOC_EMPLOYMENT_TYPE_FULL_TIME },
    { "Independent Consultant", "Okafor Engineering", "Porto, Portugal", "2016-06", "2018-01",
      VOC_EMPLOYMENT_TYPE_FREELANCE },
  };
  gint64 experience_ids[3];

  static const struct {
    const char    *name;
    VocSkillLevel  level;
    double         years;
  } skill_data[] = {
    { "Rust", VOC_SKILL_LEVEL_EXPERT, 6 },
    { "Go", VOC_SKILL_LEVEL_ADVANCED, 5 },
    { "PostgreSQL", VOC_SKILL_LEVEL_ADVANCED, 8 },
    { "Kubernetes", VOC_SKILL_LEVEL_ADVANCED, 4 },
    { "Distributed systems", VOC_SKILL_LEVEL_EXPERT, 7 },
    { "gRPC", VOC_SKILL_LEVEL_INTERMEDIATE, 3 },
    { "Terraform", VOC_SKILL_LEVEL_INTERMEDIATE, 3 },
    { "Python", VOC_SKILL_LEVEL_ADVANCED, 9 },
    { "Observability", VOC_SKILL_LEVEL_INTERMEDIATE, 4 },
    { "Mentoring", VOC_SKILL_LEVEL_UNKNOWN, 0 },
  };

  static const struct {
    int       posting;
    VocStage  stage;
    int       applied_days_ago;
    int       updated_days_ago;
    const char *next_step;
    int       next_in_days;
  } application_data[] = {
    { 1, VOC_STAGE_INTERVIEW, 18, 1, "Prepare the system design interview", 1 },
    { 0, VOC_STAGE_SCREEN, 9, 3, "Send availability to the recruiter", 0 },
    { 4, VOC_STAGE_OFFER, 30, 0, "Decide on the offer", 3 },
    { 5, VOC_STAGE_APPLIED, 4, 4, "Follow up on the application", 2 },
    { 10, VOC_STAGE_PROSPECT, -1, 6, NULL, 0 },
    { 3, VOC_STAGE_REJECTED, 41, 12, NULL, 0 },
  };

  static const VocPostingSource sources[] = {
    VOC_POSTING_SOURCE_FILE, VOC_POSTING_SOURCE_URL, VOC_POSTING_SOURCE_PASTE,
    VOC_POSTING_SOURCE_FILE, VOC_POSTING_SOURCE_GREENHOUSE,
  };
  static const char *period_nicks[] = { NULL, "hour", "day", "week", "month", "year" };

  check (database != NULL, error);

  companies = voc_company_repository_new (database);
  jobs = voc_job_repository_new (database);
  resume = voc_resume_repository_new (database);
  pipeline = voc_pipeline_repository_new (database);

  profile = voc_resume_repository_dup_profile (resume, &error);
  check (profile != NULL, error);
  voc_profile_set_full_name (profile, "Maya Okafor");
  voc_profile_set_headline (profile,
                            "Senior backend engineer — distributed systems in Rust and Go");
  voc_profile_set_email (profile, "maya.okafor@example.org");
  voc_profile_set_location (profile, "Lisbon, Portugal");
  voc_profile_set_summary (profile,
                           "Ten years of building the services behind logistics and health "
                           "products: event pipelines, payment flows and the platforms other "
                           "teams ship on. Happiest where reliability and developer experience "
                           "meet.");
  check (voc_repository_update (VOC_REPOSITORY (resume), profile, &error), error);

  for (guint i = 0; i < G_N_ELEMENTS (experience_data); i++)
    {
      g_autoptr(VocExperience) experience = voc_experience_new ();

      voc_experience_set_title (experience, experience_data[i].title);
      voc_experience_set_employer (experience, experience_data[i].employer);
      voc_experience_set_location (experience, experience_data[i].location);
      voc_experience_set_start_date (experience, experience_data[i].start);
      voc_experience_set_end_date (experience, experience_data[i].end);
      voc_experience_set_employment_type (experience, experience_data[i].type);
      check (voc_repository_insert (VOC_REPOSITORY (resume), experience, &error), error);
      experience_ids[i] = voc_entity_get_id (VOC_ENTITY (experience));
    }

  fill_resume_demo_data (database, resume, experience_ids);

  {
    g_autoptr(VocResumeVersion) variant = voc_resume_version_new ();

    voc_resume_version_set_name (variant, "Platform roles");
    voc_resume_version_set_kind (variant, VOC_RESUME_KIND_VARIANT);
    voc_resume_version_set_rules (variant, "{\"exclude_tags\":[\"php\"],"
                                           "\"page_budget\":1,\"template\":\"modern\"}");
    check (voc_repository_insert (VOC_REPOSITORY (pipeline), variant, &error), error);
    g_clear_object (&variant);
    variant = voc_resume_version_new ();
    voc_resume_version_set_name (variant, "Data engineering");
    voc_resume_version_set_kind (variant, VOC_RESUME_KIND_VARIANT);
    voc_resume_version_set_rules (variant, "{\"include_tags\":[\"backend\"]}");
    check (voc_repository_insert (VOC_REPOSITORY (pipeline), variant, &error), error);
  }

  for (guint i = 0; i < G_N_ELEMENTS (skill_data); i++)
    {
      g_autoptr(VocSkill) skill = voc_skill_new ();

      voc_skill_set_name (skill, skill_data[i].name);
      voc_skill_set_level (skill, skill_data[i].level);
      voc_skill_set_years (skill, skill_data[i].years);
      voc_skill_set_position (skill, i);
      check (voc_repository_insert (VOC_REPOSITORY (resume), skill, &error), error);
    }

  for (guint i = 0; i < G_N_ELEMENTS (company_data); i++)
    {
      g_autoptr(VocCompany) company = voc_company_new ();
      g_autofree char *normalized = g_utf8_strdown (company_data[i].name, -1);

      voc_company_set_name (company, company_data[i].name);
      voc_company_set_normalized_name (company, normalized);
      voc_company_set_domain (company, company_data[i].domain);
      voc_company_set_industry (company, company_data[i].industry);
      voc_company_set_location (company, company_data[i].location);
      check (voc_repository_insert (VOC_REPOSITORY (companies), company, &error), error);
      g_ptr_array_add (company_ids, GSIZE_TO_POINTER (voc_entity_get_id (VOC_ENTITY (company))));
    }

  for (guint i = 0; i < G_N_ELEMENTS (posting_data); i++)
    {
      g_autoptr(VocJobPosting) posting = voc_job_posting_new ();
      gint64 company_id = GPOINTER_TO_SIZE (g_ptr_array_index (company_ids,
                                                               posting_data[i].company));

      voc_job_posting_set_title (posting, posting_data[i].title);
      voc_job_posting_set_company_id (posting, company_id);
      voc_job_posting_set_location (posting, posting_data[i].location);
      voc_job_posting_set_remote_mode (posting, posting_data[i].remote);
      voc_job_posting_set_salary_min_cents (posting, posting_data[i].min);
      voc_job_posting_set_salary_max_cents (posting, posting_data[i].max);
      voc_job_posting_set_salary_currency (posting, posting_data[i].currency);
      voc_job_posting_set_salary_period (posting, posting_data[i].period);
      voc_job_posting_set_salary_yearly_min_cents (posting,
        voc_salary_to_yearly (posting_data[i].min, period_nicks[posting_data[i].period]));
      voc_job_posting_set_salary_yearly_max_cents (posting,
        voc_salary_to_yearly (posting_data[i].max, period_nicks[posting_data[i].period]));
      voc_job_posting_set_source (posting, sources[i % G_N_ELEMENTS (sources)]);

      if (i == 1)
        {
          g_autoptr(GBytes) original = g_bytes_new_static (featured_md, strlen (featured_md));

          voc_job_posting_set_url (posting, "https://jobs.lumenhealth.example/platform/"
                                            "staff-platform-engineer");
          voc_job_posting_set_source (posting, VOC_POSTING_SOURCE_URL);
          voc_job_posting_set_employment_type (posting, VOC_EMPLOYMENT_TYPE_FULL_TIME);
          voc_job_posting_set_seniority (posting, VOC_SENIORITY_LEAD);
          voc_job_posting_set_sections (posting, featured_sections);
          voc_job_posting_set_skills (posting, featured_skills);
          check (voc_job_repository_insert_with_text (jobs, posting, featured_md, featured_md,
                                                      original, "text/markdown", &error),
                 error);
          featured_id = voc_entity_get_id (VOC_ENTITY (posting));
        }
      else
        check (voc_repository_insert (VOC_REPOSITORY (jobs), posting, &error), error);
      posting_ids[i] = voc_entity_get_id (VOC_ENTITY (posting));
      /* The first ones in the list are the newest: today, yesterday, then older. */
      backdate (database, "job_posting", posting_ids[i], (G_N_ELEMENTS (posting_data) - 1 - i) * 2);
    }

  for (guint i = 0; i < G_N_ELEMENTS (application_data); i++)
    {
      g_autoptr(VocJobApplication) application = voc_job_application_new ();
      g_autoptr(GDateTime) applied = NULL;

      voc_job_application_set_posting_id (application,
                                          posting_ids[application_data[i].posting]);
      voc_job_application_set_stage (application, application_data[i].stage);
      if (application_data[i].applied_days_ago >= 0)
        {
          applied = days_ago (application_data[i].applied_days_ago);
          voc_job_application_set_applied_at (application, applied);
        }
      /* On the board: how long each has been in its stage. */
      {
        g_autoptr(GDateTime) since = days_ago (application_data[i].updated_days_ago + 1);

        voc_job_application_set_stage_changed_at (application, since);
      }
      check (voc_repository_insert (VOC_REPOSITORY (pipeline), application, &error), error);

      /* The fit of its job and a next step, for the cards. */
      {
        g_autoptr(VocFit) fit = voc_fit_new ();

        voc_fit_set_posting_id (fit, posting_ids[application_data[i].posting]);
        voc_fit_set_score (fit, 91 - 9 * (gint64) i);
        voc_fit_set_scorer_version (fit, "demo");
        check (voc_repository_insert (VOC_REPOSITORY (jobs), fit, &error), error);
      }
      if (application_data[i].next_step != NULL)
        {
          g_autoptr(VocTask) task = voc_task_new ();
          g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
          g_autoptr(GDateTime) due = g_date_time_add_days (now, application_data[i].next_in_days);

          voc_task_set_application_id (task, voc_entity_get_id (VOC_ENTITY (application)));
          voc_task_set_title (task, application_data[i].next_step);
          voc_task_set_due_at (task, due);
          voc_task_set_kind (task, i == 3 ? VOC_TASK_KIND_FOLLOW_UP : VOC_TASK_KIND_PREP);
          voc_task_set_suggested (task, i == 3);
          check (voc_repository_insert (VOC_REPOSITORY (pipeline), task, &error), error);
        }
      /* The interview of the first one, for the Today page. */
      if (application_data[i].stage == VOC_STAGE_INTERVIEW)
        {
          g_autoptr(VocEvent) event = voc_event_new ();
          g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
          g_autoptr(GDateTime) day = g_date_time_add_days (now, 2);
          g_autoptr(GDateTime) start = g_date_time_new_utc (g_date_time_get_year (day),
                                                            g_date_time_get_month (day),
                                                            g_date_time_get_day_of_month (day),
                                                            14, 0, 0);
          g_autoptr(GDateTime) end = g_date_time_add_hours (start, 1);

          voc_event_set_application_id (event, voc_entity_get_id (VOC_ENTITY (application)));
          voc_event_set_title (event, "System design interview");
          voc_event_set_starts_at (event, start);
          voc_event_set_ends_at (event, end);
          voc_event_set_location (event, "Lumen Health, Berlin");
          voc_event_set_reminder_offsets (event, "[1440, 30]");
          check (voc_repository_insert (VOC_REPOSITORY (pipeline), event, &error), error);
        }
      backdate (database, "job_application", voc_entity_get_id (VOC_ENTITY (application)),
                application_data[i].updated_days_ago);
    }
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  g_error ("No window of type %s", g_type_name (type));
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_descendant (child, type)) != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_PREFERENCES_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return child;
      if ((found = find_row (child, title)) != NULL)
        return found;
    }

  return NULL;
}

static void
set_scheme (GSettings  *settings,
            const char *scheme)
{
  g_settings_set_string (settings, "color-scheme", scheme);
  iterate_for (300);
}

/* A job's detail, scrolled to its sections, and its form. */
static void
shoot_detail (VocWindow  *window,
              const char *dir,
              const char *suffix,
              gboolean    all)
{
  VocJobsPage *jobs = VOC_JOBS_PAGE (voc_window_get_page (window, "jobs"));
  VocJobDetail *detail = voc_jobs_page_get_detail (jobs);
  g_autofree char *name = NULL;

  voc_window_set_visible_page (window, "jobs");
  if (!voc_jobs_page_show_job (jobs, featured_id))
    g_error ("The featured job is not there");
  iterate_for (600);
  name = g_strdup_printf ("job-detail-%s.png", suffix);
  save_png (GTK_WIDGET (window), dir, name);

  if (all)
    {
      GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (find_descendant (GTK_WIDGET (detail),
                                                                          GTK_TYPE_SCROLLED_WINDOW));
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);

      gtk_adjustment_set_value (adjustment, 560);
      iterate_for (400);
      g_free (name);
      name = g_strdup_printf ("job-detail-sections-%s.png", suffix);
      save_png (GTK_WIDGET (window), dir, name);
      gtk_adjustment_set_value (adjustment, 0);
    }

  gtk_widget_activate_action (GTK_WIDGET (detail), "detail.edit", NULL);
  iterate_for (500);
  g_free (name);
  name = g_strdup_printf ("job-edit-%s.png", suffix);
  save_png (GTK_WIDGET (window), dir, name);

  /* A maximum below the minimum, shown on its row, and Save off. */
  if (all)
    {
      GtkWidget *editor = GTK_WIDGET (voc_job_detail_get_editor (detail));
      GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (find_descendant (editor,
                                                                          GTK_TYPE_SCROLLED_WINDOW));
      GtkWidget *maximum = find_row (editor, "Maximum");

      if (maximum == NULL)
        g_error ("No row Maximum in the form");

      gtk_editable_set_text (GTK_EDITABLE (maximum), "50k");
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scrolled), 400);
      iterate_for (400);
      g_free (name);
      name = g_strdup_printf ("job-edit-error-%s.png", suffix);
      save_png (GTK_WIDGET (window), dir, name);
    }
  gtk_widget_activate_action (GTK_WIDGET (voc_job_detail_get_editor (detail)), "editor.cancel",
                              NULL);
  gtk_widget_activate_action (GTK_WIDGET (jobs), "jobs.back", NULL);
  iterate_for (500);
}

/* The tailored resume with an AI provider set up: suggested rewrites of three of its
 * bullets as the verifier judges them (one honest and accepted, one honest and waiting, one
 * refused for the facts it adds), scrolled to them. */
static void
shoot_rewrites (GSettings       *settings,
                VocTailorWindow *tailor,
                const char      *dir,
                const char      *scheme)
{
  static const struct {
    const char *source;
    const char *text;
    const char *rationale;
  } demo[] = {
    { "Cut p99 latency of the routing API from 480 ms to 90 ms by moving hot paths to Rust and "
      "caching route plans", "Moved the hot paths of the routing API to Rust and cached route "
      "plans, cutting p99 latency from 480 ms to 90 ms", "Leads with the Rust work the posting asks "
      "for, then the result" },
    { "Led a team of four through the migration of 40 services to Kubernetes with zero "
      "customer-facing downtime", "Spearheaded a team of four migrating 40 services to "
      "Kubernetes and Terraform with 99.99% uptime", "Names the infrastructure tools in the "
      "posting" },
    { "Introduced contract tests between 12 teams, halving integration incidents",
      "Introduced contract tests across 12 teams, halving integration incidents",
      "“Across” reads as platform work, which the posting stresses" },
  };
  VocFitTailored *tailored = voc_tailor_window_get_tailored (tailor);
  VocRewritePanel *panel = voc_tailor_window_get_rewrite_panel (tailor);
  g_autoptr(GPtrArray) suggestions = g_ptr_array_new_with_free_func (
    (GDestroyNotify) voc_ai_rewrite_suggestion_free);
  JsonArray *work = json_object_get_array_member (tailored->resume, "work");
  GtkScrolledWindow *scrolled;
  graphene_rect_t bounds;
  g_autofree char *name = NULL;

  g_settings_set_string (settings, "ai-base-url", "http://localhost:11434/v1");
  g_settings_set_string (settings, "ai-model", "llama3.1");

  for (guint d = 0; d < G_N_ELEMENTS (demo); d++)
    for (guint w = 0; w < json_array_get_length (work); w++)
      {
        g_autofree char *prefix = g_strdup_printf ("work[%u].highlights[", w);
        JsonArray *lines = json_object_get_array_member (json_array_get_object_element (work, w),
                                                         "highlights");

        for (guint h = 0; h < json_array_get_length (lines); h++)
          {
            g_autofree char *key = g_strdup_printf ("%s%u]", prefix, h);
            g_autoptr(VocAiVerdict) verdict = NULL;
            VocAiRewriteSuggestion *suggestion;

            if (!g_str_equal (json_array_get_string_element (lines, h), demo[d].source))
              continue;
            verdict = voc_ai_verify_bullet (demo[d].source, NULL, demo[d].text);
            suggestion = g_new0 (VocAiRewriteSuggestion, 1);
            suggestion->bullet_id = g_strdup (json_object_get_string_member (tailored->sources,
                                                                             key));
            suggestion->source = g_strdup (demo[d].source);
            suggestion->text = g_strdup (verdict->text);
            suggestion->rationale = g_strdup (demo[d].rationale);
            suggestion->accepted = verdict->accepted;
            suggestion->reasons = g_ptr_array_ref (verdict->reasons);
            suggestion->removed = g_ptr_array_ref (verdict->removed);
            g_ptr_array_add (suggestions, suggestion);
          }
      }
  if (suggestions->len == 0)
    g_error ("None of the demo bullets is in the tailored resume");

  voc_rewrite_panel_show_suggestions (panel, suggestions, 0);
  gtk_widget_activate_action (GTK_WIDGET (panel), "rewrite.accept", "u", 0);
  iterate_for (400);

  scrolled = GTK_SCROLLED_WINDOW (find_descendant (GTK_WIDGET (tailor),
                                                   GTK_TYPE_SCROLLED_WINDOW));
  if (gtk_widget_compute_bounds (GTK_WIDGET (panel), gtk_scrolled_window_get_child (scrolled),
                                 &bounds))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scrolled),
                              bounds.origin.y - 12);
  iterate_for (400);
  name = g_strdup_printf ("tailor-rewrites-%s.png", scheme);
  save_png (GTK_WIDGET (tailor), dir, name);

  g_settings_reset (settings, "ai-base-url");
  g_settings_reset (settings, "ai-model");
}

/* The fit of the featured job in its detail, and the resume tailored for it, in both styles. */
static void
shoot_fit (VocWindow  *window,
           GSettings  *settings,
           const char *dir)
{
  VocJobsPage *jobs = VOC_JOBS_PAGE (voc_window_get_page (window, "jobs"));
  VocJobDetail *detail = voc_jobs_page_get_detail (jobs);
  VocFitView *view = voc_job_detail_get_fit_view (detail);
  const char *schemes[] = { "light", "dark" };

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      GtkScrolledWindow *scrolled;
      GtkWidget *tailor;
      graphene_rect_t bounds;
      g_autofree char *name = NULL;
      gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

      set_scheme (settings, schemes[i]);
      voc_window_set_visible_page (window, "jobs");
      if (!voc_jobs_page_show_job (jobs, featured_id))
        g_error ("The featured job is not there");
      while (voc_fit_view_get_explained (view) == NULL || voc_fit_view_get_loading (view))
        {
          if (g_get_monotonic_time () > end)
            g_error ("The fit did not come");
          iterate_for (50);
        }
      iterate_for (500);

      /* The fit card at the top of the view. */
      scrolled = GTK_SCROLLED_WINDOW (find_descendant (GTK_WIDGET (detail),
                                                       GTK_TYPE_SCROLLED_WINDOW));
      if (gtk_widget_compute_bounds (GTK_WIDGET (view), gtk_scrolled_window_get_child (scrolled),
                                     &bounds))
        gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scrolled),
                                  bounds.origin.y - 12);
      iterate_for (400);
      name = g_strdup_printf ("job-fit-%s.png", schemes[i]);
      save_png (GTK_WIDGET (window), dir, name);
      /* Its skills and what would raise it. */
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scrolled),
                                bounds.origin.y + 420);
      iterate_for (400);
      g_free (name);
      name = g_strdup_printf ("job-fit-skills-%s.png", schemes[i]);
      save_png (GTK_WIDGET (window), dir, name);

      gtk_widget_activate_action (GTK_WIDGET (view), "fit.tailor", NULL);
      tailor = GTK_WIDGET (find_toplevel (VOC_TYPE_TAILOR_WINDOW));
      if (tailor == NULL)
        g_error ("No tailoring window");
      while (voc_tailor_window_get_tailored (VOC_TAILOR_WINDOW (tailor)) == NULL)
        iterate_for (50);
      iterate_for (600);
      g_free (name);
      name = g_strdup_printf ("tailor-%s.png", schemes[i]);
      save_png (tailor, dir, name);
      shoot_rewrites (settings, VOC_TAILOR_WINDOW (tailor), dir, schemes[i]);
      gtk_window_destroy (GTK_WINDOW (tailor));

      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scrolled), 0);
      gtk_widget_activate_action (GTK_WIDGET (jobs), "jobs.back", NULL);
      iterate_for (300);
    }
}

/* The Jobs page searched and filtered (with the filters' popover), without matches, and
 * sorted by salary. */
static void
shoot_search (VocWindow  *window,
              const char *dir)
{
  VocJobsPage *jobs = VOC_JOBS_PAGE (voc_window_get_page (window, "jobs"));
  GtkMenuButton *filter_button = voc_jobs_page_get_filter_button (jobs);

  voc_window_set_visible_page (window, "jobs");
  gtk_editable_set_text (voc_jobs_page_get_search_entry (jobs), "engineer");
  adw_combo_row_set_selected (voc_jobs_page_get_remote_filter (jobs), VOC_REMOTE_MODE_HYBRID);
  gtk_editable_set_text (voc_jobs_page_get_salary_filter (jobs), "70k");
  iterate_for (700);
  save_png (GTK_WIDGET (window), dir, "jobs-search-light.png");

  gtk_menu_button_popup (filter_button);
  iterate_for (500);
  save_png (GTK_WIDGET (gtk_menu_button_get_popover (filter_button)), dir,
            "jobs-filters-light.png");
  gtk_menu_button_popdown (filter_button);

  gtk_editable_set_text (voc_jobs_page_get_search_entry (jobs), "astronaut");
  iterate_for (700);
  save_png (GTK_WIDGET (window), dir, "jobs-no-matches-light.png");

  gtk_widget_activate_action (GTK_WIDGET (jobs), "jobs.clear-filters", NULL);
  voc_jobs_page_sort_by (jobs, VOC_JOB_SORT_SALARY, TRUE);
  /* The list arrives from a worker thread, then the stack fades from "no matches" to it. */
  iterate_for (900);
  save_png (GTK_WIDGET (window), dir, "jobs-sorted-light.png");
  voc_jobs_page_sort_by (jobs, VOC_JOB_SORT_DEFAULT, FALSE);
  iterate_for (300);
}

static void
on_import_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GPtrArray) results = voc_window_import_finish (VOC_WINDOW (object), result, NULL);

  *done = TRUE;
}

/* The drop highlight; an import held on its third file (a named pipe nobody writes to yet)
 * with the progress bar; then its summary and its errors. */
static void
shoot_import (VocWindow  *window,
              GSettings  *settings,
              const char *tmp,
              const char *dir)
{
  GtkDropTarget *target = voc_window_get_drop_target (window);
  g_autoptr(VocJobImporter) importer = NULL;
  g_autofree char *fifo = g_build_filename (tmp, "Product Designer.md", NULL);
  GdkDragAction action;
  gboolean done = FALSE;
  AdwToast *toast;
  int fd;

  voc_window_set_visible_page (window, "jobs");
  set_scheme (settings, "light");
  g_signal_emit_by_name (target, "enter", 300.0, 300.0, &action);
  iterate_for (300);
  save_png (GTK_WIDGET (window), dir, "drop-highlight-light.png");
  set_scheme (settings, "dark");
  save_png (GTK_WIDGET (window), dir, "drop-highlight-dark.png");
  g_signal_emit_by_name (target, "leave");
  set_scheme (settings, "light");

  importer = voc_job_importer_new (voc_window_get_database (window), NULL);
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *name = g_strdup_printf ("posting-%u.md", i + 1);
      g_autofree char *path = g_build_filename (tmp, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      if (!g_file_set_contents (path, import_mds[i], -1, NULL))
        g_error ("Cannot write %s", path);
      voc_job_importer_add_file (importer, file);
    }
  if (mkfifo (fifo, 0600) != 0)
    g_error ("Cannot make %s: %s", fifo, g_strerror (errno));
  {
    g_autoptr(GFile) file = g_file_new_for_path (fifo);
    g_autofree char *empty = g_build_filename (tmp, "scanned-offer.txt", NULL);
    g_autoptr(GFile) empty_file = g_file_new_for_path (empty);
    g_autofree char *last = g_build_filename (tmp, "posting-4.md", NULL);
    g_autoptr(GFile) last_file = g_file_new_for_path (last);

    g_file_set_contents (empty, "", 0, NULL);
    g_file_set_contents (last, import_mds[3], -1, NULL);
    voc_job_importer_add_file (importer, file);
    voc_job_importer_add_file (importer, empty_file);
    voc_job_importer_add_file (importer, last_file);
  }

  voc_window_import_async (window, importer, on_import_done_cb, &done);
  while (voc_job_importer_get_n_done (importer) < 2)
    iterate_for (20);
  iterate_for (600);
  save_png (GTK_WIDGET (window), dir, "import-progress-light.png");
  set_scheme (settings, "dark");
  save_png (GTK_WIDGET (window), dir, "import-progress-dark.png");
  set_scheme (settings, "light");

  /* Let the third file through. */
  fd = open (fifo, O_WRONLY);
  if (fd < 0 || write (fd, import_mds[2], strlen (import_mds[2])) < 0)
    g_error ("Cannot write to %s: %s", fifo, g_strerror (errno));
  close (fd);

  while (!done)
    iterate_for (20);
  iterate_for (600);
  save_png (GTK_WIDGET (window), dir, "import-summary-light.png");

  toast = voc_window_get_import_toast (window);
  if (toast == NULL)
    g_error ("No summary after the import");
  g_signal_emit_by_name (toast, "button-clicked");
  iterate_for (500);
  save_png (GTK_WIDGET (voc_window_get_failures_dialog (window)), dir, "import-errors-light.png");
  gtk_window_destroy (GTK_WINDOW (voc_window_get_failures_dialog (window)));
  iterate_for (200);
}

/* A resume as a word processor saves it as text: two jobs, one of them with dates the parser
 * cannot read, so that the review shows its warning. */
static const char *review_txt =
  "Mariana Costa\n"
  "Senior Data Engineer\n"
  "mariana.costa@example.org | +351 912 345 678 | Lisbon, Portugal\n"
  "\n"
  "EXPERIENCE\n"
  "\n"
  "Senior Data Engineer, Lumen Health, Lisbon\n"
  "Jan 2021 – Present\n"
  "- Cut the cost of the nightly warehouse load by 38% by moving it to incremental dbt models\n"
  "- Led the move of 60 batch pipelines from cron to Airflow, with alerts and retries\n"
  "- Mentored four engineers; two now lead their own teams\n"
  "\n"
  "Data Engineer, Northwind Logistics, 13/2017 – 14/2020\n"
  "- Built the event pipeline (Kafka, PostgreSQL) that tracks 2 million parcels a day\n"
  "- Wrote the data contracts that the product teams still use\n"
  "\n"
  "EDUCATION\n"
  "\n"
  "MSc Computer Science, University of Lisbon\n"
  "2015 – 2017\n"
  "\n"
  "SKILLS\n"
  "\n"
  "SQL, Python, dbt, Airflow, Kafka, PostgreSQL\n";

static void
shoot_review (VocWindow  *window,
              GSettings  *settings,
              const char *tmp,
              const char *dir)
{
  g_autofree char *path = g_build_filename (tmp, "mariana-costa-cv.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  VocResumeReview *review;

  if (!g_file_set_contents (path, review_txt, -1, NULL))
    g_error ("Cannot write %s", path);

  set_scheme (settings, "light");
  review = voc_resume_review_new (GTK_WINDOW (window), voc_window_get_database (window), file);
  gtk_window_set_default_size (GTK_WINDOW (review), 720, 900);
  gtk_window_present (GTK_WINDOW (review));
  while (g_strcmp0 (voc_resume_review_get_state (review), "loading") == 0)
    iterate_for (20);
  iterate_for (500);
  save_png (GTK_WIDGET (review), dir, "resume-review-light.png");
  set_scheme (settings, "dark");
  save_png (GTK_WIDGET (review), dir, "resume-review-dark.png");
  set_scheme (settings, "light");
  gtk_window_destroy (GTK_WINDOW (review));
  iterate_for (200);
}

/* The variant editor over the window, with its preview, in both styles. */
static void
shoot_variants (VocWindow  *window,
                GSettings  *settings,
                const char *dir)
{
  VocResumeVariants *variants = voc_resume_variants_new (voc_window_get_database (window));
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  gtk_window_set_transient_for (GTK_WINDOW (variants), GTK_WINDOW (window));
  gtk_window_set_default_size (GTK_WINDOW (variants), 1240, 780);
  set_scheme (settings, "light");
  gtk_window_present (GTK_WINDOW (variants));
  iterate_for (500);

  /* The one with a page budget and a tag left out. */
  for (guint i = 0; i < g_list_model_get_n_items (voc_resume_variants_get_variants (variants)); i++)
    {
      g_autoptr(VocResumeVersion) variant =
        g_list_model_get_item (voc_resume_variants_get_variants (variants), i);

      if (g_strcmp0 (voc_resume_version_get_name (variant), "Platform roles") == 0)
        voc_resume_variants_select (variants, voc_entity_get_id (VOC_ENTITY (variant)));
    }
  iterate_for (300);
  while (voc_resume_variants_get_busy (variants) ||
         voc_resume_variants_get_build (variants) == NULL)
    {
      if (g_get_monotonic_time () > end)
        g_error ("The variant did not compile");
      iterate_for (50);
    }
  iterate_for (800);
  save_png (GTK_WIDGET (variants), dir, "resume-variants-light.png");
  {
    GtkWidget *rules = gtk_widget_get_ancestor (GTK_WIDGET (voc_resume_variants_get_budget_row (variants)),
                                                GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (rules));

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    iterate_for (400);
    save_png (GTK_WIDGET (variants), dir, "resume-variants-rules-light.png");
    gtk_adjustment_set_value (adjustment, 0);
    iterate_for (200);
  }
  set_scheme (settings, "dark");
  iterate_for (300);
  save_png (GTK_WIDGET (variants), dir, "resume-variants-dark.png");
  set_scheme (settings, "light");
  gtk_window_destroy (GTK_WINDOW (variants));
  iterate_for (200);
}

/* The Resume page at its full height, and its editors. */
static void
shoot_resume (VocWindow  *window,
              const char *dir,
              const char *suffix)
{
  VocResumePage *page = VOC_RESUME_PAGE (voc_window_get_page (window, "resume"));
  GListModel *experiences = voc_resume_page_get_experiences (page);
  g_autoptr(VocExperience) experience = g_list_model_get_item (experiences, 0);
  g_autoptr(VocBullet) bullet = NULL;
  g_autofree char *name = NULL;
  VocResumeBlock *block;
  GtkWidget *clamp;

  voc_window_set_visible_page (window, "resume");
  iterate_for (400);
  name = g_strdup_printf ("resume-full-%s.png", suffix);
  /* The page's content at its full height: it draws no background of its own there. */
  clamp = gtk_widget_get_ancestor (GTK_WIDGET (voc_resume_page_get_section_list (page,
                                                                                "experience")),
                                   ADW_TYPE_CLAMP);
  gtk_widget_add_css_class (clamp, "background");
  iterate_for (200);
  save_png (clamp, dir, name);
  gtk_widget_remove_css_class (clamp, "background");

  /* The retired achievement shown, dimmed, with its tag. */
  gtk_widget_activate_action (GTK_WIDGET (page), "resume.show-retired", NULL);
  iterate_for (400);
  g_clear_pointer (&name, g_free);
  name = g_strdup_printf ("resume-retired-%s.png", suffix);
  save_png (GTK_WIDGET (window), dir, name);
  gtk_widget_activate_action (GTK_WIDGET (page), "resume.show-retired", NULL);
  iterate_for (200);

  gtk_widget_activate_action (GTK_WIDGET (page), "resume.edit", "(sx)", "experience",
                              voc_entity_get_id (VOC_ENTITY (experience)));
  iterate_for (500);
  g_clear_pointer (&name, g_free);
  name = g_strdup_printf ("resume-experience-form-%s.png", suffix);
  save_png (GTK_WIDGET (voc_resume_page_get_form (page)), dir, name);
  gtk_window_destroy (GTK_WINDOW (voc_resume_page_get_form (page)));

  block = voc_resume_page_find_block (page, voc_entity_get_id (VOC_ENTITY (experience)));
  bullet = g_list_model_get_item (voc_resume_block_get_bullets (block), 0);
  gtk_widget_activate_action (GTK_WIDGET (page), "resume.edit", "(sx)", "bullet",
                              voc_entity_get_id (VOC_ENTITY (bullet)));
  iterate_for (500);
  g_clear_pointer (&name, g_free);
  name = g_strdup_printf ("resume-bullet-form-%s.png", suffix);
  save_png (GTK_WIDGET (voc_resume_page_get_form (page)), dir, name);
  gtk_window_destroy (GTK_WINDOW (voc_resume_page_get_form (page)));

  gtk_widget_activate_action (GTK_WIDGET (page), "resume.bullet-history", "x",
                              voc_entity_get_id (VOC_ENTITY (bullet)));
  iterate_for (500);
  g_clear_pointer (&name, g_free);
  name = g_strdup_printf ("resume-history-%s.png", suffix);
  save_png (GTK_WIDGET (voc_resume_page_get_history (page)), dir, name);
  gtk_window_destroy (GTK_WINDOW (voc_resume_page_get_history (page)));

  gtk_widget_activate_action (GTK_WIDGET (page), "resume.add", "s", "language");
  iterate_for (500);
  g_clear_pointer (&name, g_free);
  name = g_strdup_printf ("resume-language-form-%s.png", suffix);
  save_png (GTK_WIDGET (voc_resume_page_get_form (page)), dir, name);
  gtk_window_destroy (GTK_WINDOW (voc_resume_page_get_form (page)));

  gtk_widget_activate_action (GTK_WIDGET (page), "resume.edit-profile", NULL);
  iterate_for (500);
  g_clear_pointer (&name, g_free);
  name = g_strdup_printf ("resume-profile-form-%s.png", suffix);
  save_png (GTK_WIDGET (voc_resume_page_get_form (page)), dir, name);
  gtk_window_destroy (GTK_WINDOW (voc_resume_page_get_form (page)));
  iterate_for (200);
}

static void
shoot_pipeline_table (VocWindow  *window,
                      const char *dir,
                      const char *suffix)
{
  VocPipelinePage *page = VOC_PIPELINE_PAGE (voc_window_get_page (window, "pipeline"));
  g_autofree char *name = g_strdup_printf ("pipeline-table-%s.png", suffix);

  voc_window_set_visible_page (window, "pipeline");
  voc_pipeline_page_set_view (page, "table");
  iterate_for (500);
  save_png (GTK_WIDGET (window), dir, name);
  voc_pipeline_page_set_view (page, "board");
}

/* The detail of the application at the interview stage. */
static void
shoot_application_detail (VocWindow  *window,
                          const char *dir,
                          const char *suffix)
{
  VocPipelinePage *page = VOC_PIPELINE_PAGE (voc_window_get_page (window, "pipeline"));
  GListModel *interviews = voc_pipeline_page_get_stage_model (page, VOC_STAGE_INTERVIEW);
  g_autoptr(VocEntity) application = g_list_model_get_item (interviews, 0);
  g_autofree char *name = g_strdup_printf ("application-detail-%s.png", suffix);

  voc_window_set_visible_page (window, "pipeline");
  gtk_widget_activate_action (GTK_WIDGET (page), "board.open", "x",
                              voc_entity_get_id (application));
  iterate_for (500);
  save_png (GTK_WIDGET (window), dir, name);
  gtk_widget_activate_action (GTK_WIDGET (page), "board.back", NULL);
}

/* The task and event editors over the Today page, on its first task and event. */
static void
shoot_pipeline_editors (VocWindow  *window,
                        GSettings  *settings,
                        const char *dir)
{
  VocTodayPage *page = VOC_TODAY_PAGE (voc_window_get_page (window, "today"));
  const char *schemes[] = { "light", "dark" };

  voc_window_set_visible_page (window, "today");
  iterate_for (300);
  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      g_autoptr(VocEntity) task = g_list_model_get_item (voc_today_page_get_tasks (page), 0);
      g_autoptr(VocEntity) event = g_list_model_get_item (voc_today_page_get_events (page), 0);
      g_autofree char *task_name = g_strdup_printf ("task-editor-%s.png", schemes[i]);
      g_autofree char *event_name = g_strdup_printf ("event-editor-%s.png", schemes[i]);
      GtkWidget *editor;

      set_scheme (settings, schemes[i]);
      editor = GTK_WIDGET (voc_task_editor_new (voc_window_get_database (window),
                                                VOC_TASK (task), 0));
      gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (window));
      gtk_window_present (GTK_WINDOW (editor));
      iterate_for (500);
      save_png (editor, dir, task_name);
      gtk_window_destroy (GTK_WINDOW (editor));

      editor = GTK_WIDGET (voc_event_editor_new (voc_window_get_database (window),
                                                 VOC_EVENT (event), 0));
      gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (window));
      gtk_window_present (GTK_WINDOW (editor));
      iterate_for (500);
      save_png (editor, dir, event_name);
      gtk_window_destroy (GTK_WINDOW (editor));
    }
}

/* The cover letter of the application at the interview stage, drafted from the template. */
static void
shoot_letter (VocWindow  *window,
              GSettings  *settings,
              const char *dir)
{
  VocPipelinePage *page = VOC_PIPELINE_PAGE (voc_window_get_page (window, "pipeline"));
  GListModel *interviews = voc_pipeline_page_get_stage_model (page, VOC_STAGE_INTERVIEW);
  g_autoptr(VocJobApplication) application = g_list_model_get_item (interviews, 0);
  g_autoptr(VocPipelineRepository) pipeline =
    voc_pipeline_repository_new (voc_window_get_database (window));
  const char *schemes[] = { "light", "dark" };
  VocLetterWindow *letter;

  /* Where it opens from: the application's detail, with its Cover Letter row. */
  set_scheme (settings, "light");
  voc_window_set_visible_page (window, "pipeline");
  iterate_for (1500);
  gtk_widget_activate_action (GTK_WIDGET (page), "board.open", "x",
                              voc_entity_get_id (VOC_ENTITY (application)));
  iterate_for (3000);
  save_png (GTK_WIDGET (window), dir, "letter-detail-light.png");
  gtk_widget_activate_action (GTK_WIDGET (page), "board.back", NULL);

  letter = voc_letter_window_new (pipeline, application);
  gtk_window_set_transient_for (GTK_WINDOW (letter), GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (letter));
  gtk_widget_activate_action (GTK_WIDGET (letter), "letter.template", NULL);
  while (voc_letter_window_get_busy (VOC_LETTER_WINDOW (letter)))
    iterate_for (50);
  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      g_autofree char *name = g_strdup_printf ("letter-%s.png", schemes[i]);

      set_scheme (settings, schemes[i]);
      iterate_for (500);
      save_png (GTK_WIDGET (letter), dir, name);
    }
  /* Nothing saved: close without asking. */
  gtk_window_destroy (GTK_WINDOW (letter));
}

static void
shoot_pages (VocWindow  *window,
             const char *dir,
             const char *suffix)
{
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s-%s.png", pages[i], suffix);

      voc_window_set_visible_page (window, pages[i]);
      iterate_for (1000);
      save_png (GTK_WIDGET (window), dir, name);
    }
}

static const char *featured_analysis =
  "{\"core_priorities\":[\"Lead the design of the next internal platform\","
  "\"Keep the event pipeline reliable end to end\",\"Raise the engineering bar across "
  "product teams\"],"
  "\"must_have\":[\"Kubernetes\",\"Terraform\",\"PostgreSQL in production\",\"Go or Rust\","
  "\"Platform or SRE experience\",\"Clear technical writing\"],"
  "\"nice_to_have\":[\"Kafka at scale\",\"Regulated environments\"],"
  "\"clusters\":[{\"name\":\"Infrastructure as code\",\"skills\":[\"Kubernetes\","
  "\"Terraform\",\"GitHub Actions\"]},{\"name\":\"Data and events\",\"skills\":"
  "[\"Kafka\",\"PostgreSQL\"]},{\"name\":\"Languages\",\"skills\":[\"Go\",\"Rust\"]}],"
  "\"tone\":\"technical\"}";

static void
record_run (VocDatabase *database,
            const char  *model,
            gint64       application_id,
            gint64       tokens_in,
            gint64       tokens_out,
            const char  *created_at)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  gint64 id;

  id = voc_model_runs_record (database, &(VocModelRunRecord) {
      .purpose = "job-analysis",
      .model = model,
      .application_id = application_id,
      .tokens_in = tokens_in,
      .tokens_out = tokens_out,
      .outcome = "ok",
    }, &error);
  check (id > 0, error);
  sql = g_strdup_printf ("UPDATE model_run SET created_at = '%s' WHERE id = %" G_GINT64_FORMAT,
                         created_at, id);
  check (voc_database_exec (database, sql, &error), error);
}

/* The AI analysis of the featured job: the hint without a provider, then a cached analysis
 * (as a provider would have written it) in both styles; and the AI preferences with the
 * privacy switches and the usage of a few requests. Nothing is sent anywhere. */
static void
shoot_ai (VocWindow  *window,
          GSettings  *settings,
          const char *dir)
{
  VocDatabase *database = voc_window_get_database (window);
  VocJobsPage *jobs = VOC_JOBS_PAGE (voc_window_get_page (window, "jobs"));
  VocJobDetail *detail = voc_jobs_page_get_detail (jobs);
  VocAiAnalysisView *view = voc_job_detail_get_ai_analysis_view (detail);
  const char *schemes[] = { "light", "dark" };
  g_autoptr(GError) error = NULL;
  g_autofree char *sha256 = NULL;
  GtkScrolledWindow *scrolled;
  GtkWidget *preferences;
  GtkWidget *page;
  graphene_rect_t bounds;

  set_scheme (settings, "light");
  voc_window_set_visible_page (window, "jobs");
  if (!voc_jobs_page_show_job (jobs, featured_id))
    g_error ("The featured job is not there");
  /* The fit above it takes its height once it is worked out. */
  while (voc_fit_view_get_explained (voc_job_detail_get_fit_view (detail)) == NULL ||
         voc_fit_view_get_loading (voc_job_detail_get_fit_view (detail)))
    iterate_for (50);
  iterate_for (600);
  scrolled = GTK_SCROLLED_WINDOW (find_descendant (GTK_WIDGET (detail),
                                                   GTK_TYPE_SCROLLED_WINDOW));
  if (gtk_widget_compute_bounds (GTK_WIDGET (view), gtk_scrolled_window_get_child (scrolled),
                                 &bounds))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scrolled),
                              bounds.origin.y - 160);
  iterate_for (400);
  save_png (GTK_WIDGET (window), dir, "job-ai-hint-light.png");

  /* A provider, no analysis yet: Analyze is offered. */
  g_settings_set_string (settings, "ai-base-url", "http://localhost:11434/v1");
  g_settings_set_string (settings, "ai-model", "llama3.2");
  iterate_for (400);
  save_png (GTK_WIDGET (window), dir, "job-ai-idle-light.png");

  sha256 = g_compute_checksum_for_string (G_CHECKSUM_SHA256, voc_job_detail_get_text (detail),
                                          -1);
  check (voc_model_runs_store_analysis (database, sha256, "gpt-4o-mini", featured_analysis, 0,
                                        &error), error);
  record_run (database, "gpt-4o-mini", 1, 1850, 420, "2026-10-12T09:30:00Z");
  record_run (database, "gpt-4o-mini", 2, 2210, 515, "2026-11-03T14:10:00Z");
  record_run (database, "gpt-4o-mini", 0, 1320, 300, "2026-11-04T08:05:00Z");
  record_run (database, "llama3.2", 2, 1900, 610, "2026-11-05T17:45:00Z");
  g_settings_set_string (settings, "ai-base-url", "https://api.openai.com/v1");
  g_settings_set_string (settings, "ai-model", "gpt-4o-mini");
  if (voc_ai_analysis_view_get_state (view) != VOC_AI_ANALYSIS_DONE)
    g_error ("The cached analysis is not shown");

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      g_autofree char *name = g_strdup_printf ("job-ai-analysis-%s.png", schemes[i]);

      set_scheme (settings, schemes[i]);
      iterate_for (400);
      if (gtk_widget_compute_bounds (GTK_WIDGET (view), gtk_scrolled_window_get_child (scrolled),
                                     &bounds))
        {
          GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);

          /* The bounds are in the viewport, which shows the page from the current value. */
          gtk_adjustment_set_value (adjustment,
                                    gtk_adjustment_get_value (adjustment) + bounds.origin.y - 12);
        }
      iterate_for (400);
      save_png (GTK_WIDGET (window), dir, name);
    }
  set_scheme (settings, "light");

  g_action_group_activate_action (G_ACTION_GROUP (g_application_get_default ()), "preferences",
                                  NULL);
  iterate_for (500);
  preferences = GTK_WIDGET (find_toplevel (VOC_TYPE_PREFERENCES_WINDOW));
  page = find_descendant (preferences, VOC_TYPE_AI_PREFERENCES);
  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (preferences),
                                           ADW_PREFERENCES_PAGE (page));
  gtk_window_set_default_size (GTK_WINDOW (preferences), 640, 900);
  iterate_for (500);
  scrolled = GTK_SCROLLED_WINDOW (find_descendant (page, GTK_TYPE_SCROLLED_WINDOW));
  if (gtk_widget_compute_bounds (GTK_WIDGET (voc_ai_preferences_get_usage_view (
                                   VOC_AI_PREFERENCES (page))),
                                 gtk_scrolled_window_get_child (scrolled), &bounds))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scrolled),
                              bounds.origin.y - 400);
  iterate_for (400);
  save_png (preferences, dir, "preferences-ai-privacy-usage-light.png");
  gtk_window_destroy (GTK_WINDOW (preferences));
  g_settings_reset (settings, "ai-base-url");
  g_settings_reset (settings, "ai-model");
}

/* The critic on a resume with two passes logged, and a message to a contact drafted from
 * the template, in both styles. The passes are demo data: no provider is asked. */
static void
shoot_ai_dialogs (VocWindow  *window,
                  GSettings  *settings,
                  const char *dir)
{
  static const char *schemes[] = { "light", "dark" };
  VocDatabase *database = voc_window_get_database (window);
  g_autoptr(GError) error = NULL;
  g_autoptr(VocCriticLog) first = NULL;
  g_autoptr(VocCriticLog) second = NULL;
  sqlite3_stmt *stmt;
  gint64 application_id = 0;
  gint64 company_id = 0;
  g_autofree char *sql = NULL;

  first = voc_critic_store_log (database, VOC_CRITIC_TARGET_RESUME_VERSION, 9999,
    "{\"alignment\":64,\"clarity\":78,\"impact\":52,\"tone\":81,\"ats\":70}", "[]", 0,
    &error);
  check (first != NULL, error);
  second = voc_critic_store_log (database, VOC_CRITIC_TARGET_RESUME_VERSION, 9999,
    "{\"alignment\":72,\"clarity\":80,\"impact\":49,\"tone\":81,\"ats\":77}",
    "[{\"severity\":\"high\",\"where\":\"Northwind Logistics\",\"problem\":\"The "
    "first bullets list duties, not what changed\",\"suggestion\":\"Lead with what the "
    "event pipeline made possible for the dispatch team.\",\"flagged\":false,"
    "\"reasons\":[]},"
    "{\"severity\":\"medium\",\"where\":\"Summary\",\"problem\":\"Platform work is "
    "not named, though the posting leads with it\",\"suggestion\":\"Add that you cut "
    "deploy time by 80% with Argo CD.\",\"flagged\":true,\"reasons\":[\"Adds the "
    "percentage “80%”, which is not in the source bullet or your library\",\"Adds the skill "
    "or tool “Argo CD”, which is not in the source bullet or your library\"]},"
    "{\"severity\":\"low\",\"where\":\"Skills\",\"problem\":\"Observability is "
    "listed twice\",\"suggestion\":\"Keep it once, under Operations.\",\"flagged\":false,"
    "\"reasons\":[]}]", 0, &error);
  check (second != NULL, error);

  stmt = voc_database_prepare (database, "SELECT a.id, p.company_id FROM job_application a "
                                         "JOIN job_posting p ON p.id = a.posting_id WHERE "
                                         "p.company_id IS NOT NULL ORDER BY a.id LIMIT 1", &error);
  check (stmt != NULL, error);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      application_id = sqlite3_column_int64 (stmt, 0);
      company_id = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_reset (stmt);
  if (application_id == 0)
    g_error ("No application with a company in the demo data");
  sql = g_strdup_printf ("INSERT INTO contact (uuid, created_at, updated_at, company_id, "
                         "full_name, title) VALUES ('demo-contact', '2026-01-01T00:00:00Z', "
                         "'2026-01-01T00:00:00Z', %" G_GINT64_FORMAT ", 'Marta Lindqvist', "
                         "'Engineering Manager')", company_id);
  check (voc_database_exec (database, sql, &error), error);

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      g_autofree char *name = NULL;
      GtkWidget *dialog;

      set_scheme (settings, schemes[i]);
      dialog = GTK_WIDGET (voc_critic_dialog_present (GTK_WINDOW (window), database,
                                                      "resume-version", 9999,
                                                      "# Resume\n\n- A bullet", NULL));
      gtk_window_set_default_size (GTK_WINDOW (dialog), 640, 760);
      iterate_for (800);
      name = g_strdup_printf ("critic-%s.png", schemes[i]);
      save_png (dialog, dir, name);
      gtk_window_destroy (GTK_WINDOW (dialog));

      dialog = GTK_WIDGET (voc_outreach_dialog_present (GTK_WINDOW (window), database,
                                                        application_id));
      gtk_window_set_default_size (GTK_WINDOW (dialog), 560, 760);
      iterate_for (800);
      g_free (name);
      name = g_strdup_printf ("outreach-%s.png", schemes[i]);
      save_png (dialog, dir, name);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocApp) app = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *demo_path = NULL;
  g_autofree char *empty_path = NULL;
  g_autofree char *damaged_path = NULL;
  AdwStyleManager *style_manager;
  VocWindow *window;
  const char *out_dir;

  setlocale (LC_ALL, "");
  /* Settings of this run only, not the user's. */
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  if (argc != 2 && !(argc == 3 && (g_str_equal (argv[2], "resume-review") ||
                                     g_str_equal (argv[2], "fit") ||
                                     g_str_equal (argv[2], "ai") ||
                                     g_str_equal (argv[2], "letter"))))
    {
      g_printerr ("Usage: %s OUTPUT-DIR [resume-review|fit|ai|letter]\n", argv[0]);
      return 2;
    }
  out_dir = argv[1];
  g_mkdir_with_parents (out_dir, 0755);

  gtk_init ();
  adw_init ();

  tmp = g_dir_make_tmp ("vocation-screenshots-XXXXXX", &error);
  g_assert_no_error (error);
  demo_path = g_build_filename (tmp, "demo.db", NULL);
  empty_path = g_build_filename (tmp, "empty.db", NULL);
  damaged_path = g_build_filename (tmp, "vocation.db", NULL);
  fill_demo_data (demo_path);

  app = voc_app_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  settings = g_settings_new (APPLICATION_ID);
  g_settings_set_int (settings, "window-width", WIDTH);
  g_settings_set_int (settings, "window-height", HEIGHT);
  g_settings_set_boolean (settings, "window-maximized", FALSE);
  style_manager = adw_style_manager_get_default ();

  /* The demo data, light then dark. */
  window = voc_app_open_database (app, demo_path);
  wait_for_window (window);

  /* Only the shot named, to look at one thing quickly. */
  if (argc == 3 && g_str_equal (argv[2], "fit"))
    {
      shoot_fit (window, settings, out_dir);
      gtk_window_destroy (GTK_WINDOW (window));
      remove_tree (tmp);
      return 0;
    }
  if (argc == 3 && g_str_equal (argv[2], "ai"))
    {
      shoot_ai (window, settings, out_dir);
      shoot_ai_dialogs (window, settings, out_dir);
      gtk_window_destroy (GTK_WINDOW (window));
      remove_tree (tmp);
      return 0;
    }
  if (argc == 3 && g_str_equal (argv[2], "letter"))
    {
      /* Alone, the window has had no time to load its pages yet. */
      iterate_for (5000);
      shoot_letter (window, settings, out_dir);
      gtk_window_destroy (GTK_WINDOW (window));
      remove_tree (tmp);
      return 0;
    }
  if (argc == 3)
    {
      shoot_review (window, settings, tmp, out_dir);
      gtk_window_destroy (GTK_WINDOW (window));
      remove_tree (tmp);
      return 0;
    }

  g_settings_set_string (settings, "color-scheme", "light");
  shoot_pages (window, out_dir, "light");
  shoot_resume (window, out_dir, "light");
  g_settings_set_string (settings, "color-scheme", "dark");
  g_assert_true (adw_style_manager_get_dark (style_manager));
  shoot_pages (window, out_dir, "dark");
  shoot_resume (window, out_dir, "dark");

  /* The pipeline as a table and an application's detail, dark then light. */
  shoot_pipeline_table (window, out_dir, "dark");
  shoot_application_detail (window, out_dir, "dark");
  set_scheme (settings, "light");
  shoot_pipeline_table (window, out_dir, "light");
  shoot_application_detail (window, out_dir, "light");
  shoot_pipeline_editors (window, settings, out_dir);
  shoot_letter (window, settings, out_dir);
  set_scheme (settings, "dark");

  /* A job, its form, and the list searched and sorted. */
  shoot_detail (window, out_dir, "dark", FALSE);
  set_scheme (settings, "light");
  shoot_detail (window, out_dir, "light", TRUE);
  shoot_search (window, out_dir);
  /* The fit of a job and the resume tailored for it. */
  shoot_fit (window, settings, out_dir);
  /* The AI analysis of a job and the AI preferences. */
  shoot_ai (window, settings, out_dir);

  /* The review of an imported resume, over the demo data; nothing is saved. */
  shoot_review (window, settings, tmp, out_dir);
  /* The resume's variants. */
  shoot_variants (window, settings, out_dir);
  /* The critic and a message to a contact. */
  shoot_ai_dialogs (window, settings, out_dir);

  /* Importing, last: it adds jobs to the demo data. */
  shoot_import (window, settings, tmp, out_dir);

  /* The preferences and the keyboard shortcuts, over the window. */
  g_settings_set_string (settings, "color-scheme", "light");
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  iterate_for (500);
  save_png (GTK_WIDGET (find_toplevel (VOC_TYPE_PREFERENCES_WINDOW)), out_dir,
            "preferences-light.png");
  gtk_window_destroy (find_toplevel (VOC_TYPE_PREFERENCES_WINDOW));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  iterate_for (500);
  save_png (GTK_WIDGET (find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW)), out_dir, "shortcuts-light.png");
  gtk_window_destroy (find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW));
  gtk_window_destroy (GTK_WINDOW (window));

  /* An empty database, light. */
  g_settings_set_string (settings, "color-scheme", "light");
  window = voc_app_open_database (app, empty_path);
  wait_for_window (window);
  shoot_pages (window, out_dir, "empty");
  gtk_window_destroy (GTK_WINDOW (window));

  /* A damaged file: the dialog, in both styles. */
  if (!g_file_set_contents (damaged_path, "This is not a database.\n", -1, &error))
    g_error ("%s", error->message);
  window = voc_app_open_database (app, damaged_path);
  wait_for_window (window);
  /* Slower under the sanitizers: the dialog may not have drawn yet. */
  while (!gtk_widget_get_mapped (GTK_WIDGET (voc_window_get_error_dialog (window))))
    iterate_for (100);
  iterate_for (500);
  save_png (GTK_WIDGET (voc_window_get_error_dialog (window)), out_dir, "error-dialog-light.png");
  g_settings_set_string (settings, "color-scheme", "dark");
  iterate_for (500);
  save_png (GTK_WIDGET (voc_window_get_error_dialog (window)), out_dir, "error-dialog-dark.png");
  gtk_window_destroy (GTK_WINDOW (window));

  remove_tree (tmp);

  return 0;
}
