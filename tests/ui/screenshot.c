/* screenshot.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Renders the main window to PNG files for review and for the metainfo: every page with
 * realistic demo data in the light and the dark style, every page of an empty database, and
 * the dialog for a damaged database file. Usage: vocation-screenshot OUTPUT-DIR
 * (build-aux/screenshots.sh runs it under Xvfb).
 */

#include "config.h"

#include <locale.h>
#include <glib/gstdio.h>

#include "voc-app-private.h"
#include "voc-preferences-window.h"
#include "voc-repositories.h"
#include "voc-window-private.h"

#define WIDTH 1100
#define HEIGHT 720

static const char *pages[] = { "jobs", "companies", "resume", "pipeline" };

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
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (widget));

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
  } experience_data[] = {
    { "Senior Backend Engineer", "Northwind Logistics", "Lisbon, Portugal", "2021-04", NULL },
    { "Software Engineer", "Lumen Health", "Berlin, Germany", "2018-02", "2021-03" },
    { "Junior Developer", "Kestrel Labs", "Porto, Portugal", "2016-06", "2018-01" },
  };

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
  } application_data[] = {
    { 1, VOC_STAGE_INTERVIEW, 18, 1 },
    { 0, VOC_STAGE_SCREEN, 9, 3 },
    { 4, VOC_STAGE_OFFER, 30, 0 },
    { 5, VOC_STAGE_APPLIED, 4, 4 },
    { 10, VOC_STAGE_PROSPECT, -1, 6 },
    { 3, VOC_STAGE_REJECTED, 41, 12 },
  };

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
      check (voc_repository_insert (VOC_REPOSITORY (resume), experience, &error), error);
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
      voc_job_posting_set_source (posting, VOC_POSTING_SOURCE_PASTE);
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
      check (voc_repository_insert (VOC_REPOSITORY (pipeline), application, &error), error);
      backdate (database, "job_application", voc_entity_get_id (VOC_ENTITY (application)),
                application_data[i].updated_days_ago);
    }
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
    }

  g_remove (path);
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

static void
shoot_pages (VocWindow  *window,
             const char *dir,
             const char *suffix)
{
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *name = g_strdup_printf ("%s-%s.png", pages[i], suffix);

      voc_window_set_visible_page (window, pages[i]);
      iterate_for (500);
      save_png (GTK_WIDGET (window), dir, name);
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

  if (argc != 2)
    {
      g_printerr ("Usage: %s OUTPUT-DIR\n", argv[0]);
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
  g_settings_set_string (settings, "color-scheme", "light");
  shoot_pages (window, out_dir, "light");
  g_settings_set_string (settings, "color-scheme", "dark");
  g_assert_true (adw_style_manager_get_dark (style_manager));
  shoot_pages (window, out_dir, "dark");

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
  save_png (GTK_WIDGET (voc_window_get_error_dialog (window)), out_dir, "error-dialog-light.png");
  g_settings_set_string (settings, "color-scheme", "dark");
  iterate_for (500);
  save_png (GTK_WIDGET (voc_window_get_error_dialog (window)), out_dir, "error-dialog-dark.png");
  gtk_window_destroy (GTK_WINDOW (window));

  remove_tree (tmp);

  return 0;
}
