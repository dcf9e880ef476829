/* test-window.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application driven in-process under Xvfb: a window on a temporary database, every page
 * with its list or its empty state, damaged files, the settings, the command line; importing
 * by drop, paste and `--import`; the Jobs page's sorting, filters and search; a posting's
 * detail, its form and deleting with undo; a company's postings.
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "voc-ai-preferences.h"
#include "voc-app-private.h"
#include "voc-companies-page-private.h"
#include "voc-job-detail-private.h"
#include "voc-job-row.h"
#include "voc-jobs-page-private.h"
#include "voc-pipeline-page-private.h"
#include "voc-preferences-window.h"
#include "voc-repositories.h"
#include "voc-resume-page-private.h"
#include "voc-window-private.h"
#include "voc-wrap-box.h"
#include "voc-ui-test.h"

static gboolean have_display;
static VocApp *app;

typedef struct
{
  char      *dir;
  char      *path;
  GSettings *settings;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  static const char *keys[] = {
    "window-width", "window-height", "window-maximized", "last-page", "color-scheme",
  };

  if (!have_display)
    return;

  fixture->dir = g_dir_make_tmp ("vocation-ui-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "test.db", NULL);

  /* The memory backend lives as long as the process: start every test from the defaults. */
  fixture->settings = g_settings_new (APPLICATION_ID);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (fixture->settings, keys[i]);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->dir != NULL)
    remove_tree (fixture->dir);

  g_clear_object (&fixture->settings);
  g_clear_pointer (&fixture->dir, g_free);
  g_clear_pointer (&fixture->path, g_free);
}

static gboolean
skip_without_display (void)
{
  if (!have_display)
    {
      g_test_skip ("No display (DISPLAY or WAYLAND_DISPLAY) to open windows on");
      return TRUE;
    }

  return FALSE;
}

static VocWindow *
open_window (const char *path)
{
  VocWindow *window = voc_window_new (GTK_APPLICATION (app), path);

  gtk_window_present (GTK_WINDOW (window));
  WAIT_FOR (voc_window_get_database (window) != NULL ||
            voc_window_get_error_dialog (window) != NULL);

  return window;
}

/* Closes like the user does (saving the settings) and checks that nothing keeps the window. */
static void
close_window (VocWindow *window)
{
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
show_page (VocWindow  *window,
           const char *name)
{
  /* The action bound to Alt+1 … Alt+4. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", name));
  g_assert_cmpstr (voc_window_get_visible_page (window), ==, name);
}

static const char *
page_state (VocWindow  *window,
            const char *name)
{
  GtkWidget *page = voc_window_get_page (window, name);

  g_assert_nonnull (page);

  if (VOC_IS_JOBS_PAGE (page))
    return voc_jobs_page_get_visible_child_name (VOC_JOBS_PAGE (page));
  if (VOC_IS_COMPANIES_PAGE (page))
    return voc_companies_page_get_visible_child_name (VOC_COMPANIES_PAGE (page));
  if (VOC_IS_RESUME_PAGE (page))
    return voc_resume_page_get_visible_child_name (VOC_RESUME_PAGE (page));
  if (VOC_IS_PIPELINE_PAGE (page))
    return voc_pipeline_page_get_visible_child_name (VOC_PIPELINE_PAGE (page));

  g_assert_not_reached ();
}

static guint
n_items (GListModel *model)
{
  g_assert_nonnull (model);
  return g_list_model_get_n_items (model);
}

/* A company, a posting at it, an experience, a skill, the profile's name, an application. */
static void
insert_rows (VocDatabase *database)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocCompanyRepository) companies = voc_company_repository_new (database);
  g_autoptr(VocJobRepository) jobs = voc_job_repository_new (database);
  g_autoptr(VocResumeRepository) resume = voc_resume_repository_new (database);
  g_autoptr(VocPipelineRepository) pipeline = voc_pipeline_repository_new (database);
  g_autoptr(VocCompany) company = voc_company_new ();
  g_autoptr(VocJobPosting) posting = voc_job_posting_new ();
  g_autoptr(VocExperience) experience = voc_experience_new ();
  g_autoptr(VocSkill) skill = voc_skill_new ();
  g_autoptr(VocProfile) profile = NULL;
  g_autoptr(VocJobApplication) application = voc_job_application_new ();

  voc_company_set_name (company, "Northwind Logistics");
  voc_company_set_normalized_name (company, "northwind logistics");
  voc_company_set_domain (company, "northwind.example");
  voc_company_set_industry (company, "Logistics");
  voc_company_set_location (company, "Lisbon");
  voc_repository_insert (VOC_REPOSITORY (companies), company, &error);
  g_assert_no_error (error);

  voc_job_posting_set_title (posting, "Platform Engineer");
  voc_job_posting_set_company_id (posting, voc_entity_get_id (VOC_ENTITY (company)));
  voc_job_posting_set_location (posting, "Lisbon");
  voc_job_posting_set_remote_mode (posting, VOC_REMOTE_MODE_HYBRID);
  voc_job_posting_set_salary_min_cents (posting, 6000000);
  voc_job_posting_set_salary_max_cents (posting, 7500000);
  voc_job_posting_set_salary_currency (posting, "EUR");
  voc_job_posting_set_salary_period (posting, VOC_SALARY_PERIOD_YEAR);
  voc_repository_insert (VOC_REPOSITORY (jobs), posting, &error);
  g_assert_no_error (error);

  voc_experience_set_title (experience, "Backend Engineer");
  voc_experience_set_employer (experience, "Kestrel Labs");
  voc_experience_set_start_date (experience, "2020-03");
  voc_repository_insert (VOC_REPOSITORY (resume), experience, &error);
  g_assert_no_error (error);

  voc_skill_set_name (skill, "Rust");
  voc_skill_set_level (skill, VOC_SKILL_LEVEL_EXPERT);
  voc_repository_insert (VOC_REPOSITORY (resume), skill, &error);
  g_assert_no_error (error);

  profile = voc_resume_repository_dup_profile (resume, &error);
  g_assert_no_error (error);
  voc_profile_set_full_name (profile, "Maya Okafor");
  voc_repository_update (VOC_REPOSITORY (resume), profile, &error);
  g_assert_no_error (error);

  voc_job_application_set_posting_id (application, voc_entity_get_id (VOC_ENTITY (posting)));
  voc_job_application_set_stage (application, VOC_STAGE_INTERVIEW);
  voc_repository_insert (VOC_REPOSITORY (pipeline), application, &error);
  g_assert_no_error (error);
}

static void
assert_pages_list (VocWindow *window)
{
  VocJobsPage *jobs = VOC_JOBS_PAGE (voc_window_get_page (window, "jobs"));
  VocCompaniesPage *companies = VOC_COMPANIES_PAGE (voc_window_get_page (window, "companies"));
  VocResumePage *resume = VOC_RESUME_PAGE (voc_window_get_page (window, "resume"));
  VocPipelinePage *pipeline = VOC_PIPELINE_PAGE (voc_window_get_page (window, "pipeline"));
  g_autoptr(VocJobPosting) posting = NULL;
  g_autoptr(VocJobApplication) application = NULL;

  show_page (window, "jobs");
  WAIT_FOR (g_strcmp0 (page_state (window, "jobs"), "list") == 0);
  g_assert_cmpuint (n_items (voc_jobs_page_get_model (jobs)), ==, 1);
  posting = g_list_model_get_item (voc_jobs_page_get_model (jobs), 0);
  g_assert_cmpstr (voc_job_posting_get_title (posting), ==, "Platform Engineer");
  g_assert_cmpstr (voc_job_posting_get_company_name (posting), ==, "Northwind Logistics");

  show_page (window, "companies");
  WAIT_FOR (g_strcmp0 (page_state (window, "companies"), "list") == 0);
  g_assert_cmpuint (n_items (voc_companies_page_get_model (companies)), ==, 1);

  show_page (window, "resume");
  WAIT_FOR (g_strcmp0 (page_state (window, "resume"), "list") == 0);
  g_assert_cmpuint (n_items (voc_resume_page_get_experiences (resume)), ==, 1);
  g_assert_cmpuint (n_items (voc_resume_page_get_skills (resume)), ==, 1);
  g_assert_cmpstr (voc_resume_page_get_profile_name (resume), ==, "Maya Okafor");

  show_page (window, "pipeline");
  WAIT_FOR (g_strcmp0 (page_state (window, "pipeline"), "list") == 0);
  g_assert_cmpuint (n_items (voc_pipeline_page_get_model (pipeline)), ==, 1);
  application = g_list_model_get_item (voc_pipeline_page_get_model (pipeline), 0);
  g_assert_cmpstr (voc_job_application_get_posting_title (application), ==, "Platform Engineer");
  g_assert_cmpint (voc_job_application_get_stage (application), ==, VOC_STAGE_INTERVIEW);
}

static void
test_empty_database (Fixture       *fixture,
                     gconstpointer  data)
{
  static const char *pages[] = { "jobs", "companies", "resume", "pipeline" };
  VocWindow *window;

  if (skip_without_display ())
    return;

  window = open_window (fixture->path);
  g_assert_nonnull (voc_window_get_database (window));
  g_assert_null (voc_window_get_error_dialog (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_REGULAR));

  /* The Keyboard Shortcuts window came from the resources. */
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      show_page (window, pages[i]);
      /* The Jobs page reads its list in a worker thread, showing its loading state. */
      WAIT_FOR (g_strcmp0 (page_state (window, pages[i]), "empty") == 0);
    }

  close_window (window);
}

static void
test_with_rows (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocDatabase) database = NULL;
  VocWindow *window;

  if (skip_without_display ())
    return;

  database = voc_database_open (fixture->path, &error);
  g_assert_no_error (error);
  insert_rows (database);
  g_clear_object (&database);

  window = open_window (fixture->path);
  assert_pages_list (window);
  close_window (window);
}

/* Rows written while the window is open show up: the pages follow their live lists. */
static void
test_live_rows (Fixture       *fixture,
                gconstpointer  data)
{
  VocWindow *window;

  if (skip_without_display ())
    return;

  window = open_window (fixture->path);
  show_page (window, "jobs");
  WAIT_FOR (g_strcmp0 (page_state (window, "jobs"), "empty") == 0);

  insert_rows (voc_window_get_database (window));
  assert_pages_list (window);

  close_window (window);
}

static GBytes *
write_garbage (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  guint8 *data = g_malloc (4096);

  for (guint i = 0; i < 4096; i++)
    data[i] = g_rand_int_range (rand, 0, 256);
  /* Not even the first byte of the SQLite header. */
  data[0] = 'X';

  g_file_set_contents (path, (const char *) data, 4096, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (data, 4096);
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (contents, length);
}

static char *
find_moved_aside (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, "test.db.broken-") && strchr (name + 15, '-') != NULL &&
        !g_str_has_suffix (name, "-wal") && !g_str_has_suffix (name, "-shm"))
      return g_build_filename (dir, name, NULL);

  return NULL;
}

static void
test_damaged_database (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GBytes) garbage = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GBytes) moved_bytes = NULL;
  g_autoptr(GBytes) header = NULL;
  g_autofree char *moved = NULL;
  AdwMessageDialog *dialog;
  VocWindow *window;

  if (skip_without_display ())
    return;

  garbage = write_garbage (fixture->path);

  window = open_window (fixture->path);
  dialog = voc_window_get_error_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_null (voc_window_get_database (window));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Cannot Open the Database");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), fixture->path));
  g_assert_true (adw_message_dialog_has_response (dialog, "quit"));
  g_assert_true (adw_message_dialog_has_response (dialog, "move-aside"));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));

  /* Nothing was written to the file. */
  after = read_bytes (fixture->path);
  g_assert_true (g_bytes_equal (garbage, after));

  /* Moving it aside keeps it, byte for byte, and starts an empty database. */
  adw_message_dialog_response (dialog, "move-aside");
  WAIT_FOR (voc_window_get_database (window) != NULL);
  g_assert_null (voc_window_get_error_dialog (window));

  moved = find_moved_aside (fixture->dir);
  g_assert_nonnull (moved);
  moved_bytes = read_bytes (moved);
  g_assert_true (g_bytes_equal (garbage, moved_bytes));

  header = read_bytes (fixture->path);
  g_assert_cmpuint (g_bytes_get_size (header), >=, 16);
  g_assert_cmpmem (g_bytes_get_data (header, NULL), 16, "SQLite format 3", 16);

  show_page (window, "jobs");
  WAIT_FOR (g_strcmp0 (page_state (window, "jobs"), "empty") == 0);

  close_window (window);
}

/* "Quit" closes the window and leaves the file alone. */
static void
test_damaged_database_quit (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GBytes) garbage = NULL;
  g_autoptr(GBytes) after = NULL;
  AdwMessageDialog *dialog;
  VocWindow *window;

  if (skip_without_display ())
    return;

  garbage = write_garbage (fixture->path);
  window = open_window (fixture->path);
  dialog = voc_window_get_error_dialog (window);
  g_assert_nonnull (dialog);

  g_object_ref (window);
  adw_message_dialog_response (dialog, "quit");
  g_assert_finalize_object (window);

  after = read_bytes (fixture->path);
  g_assert_true (g_bytes_equal (garbage, after));
  g_assert_null (find_moved_aside (fixture->dir));
}

static void
test_too_new_database (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocDatabase) database = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  AdwMessageDialog *dialog;
  VocWindow *window;

  if (skip_without_display ())
    return;

  database = voc_database_open (fixture->path, &error);
  g_assert_no_error (error);
  voc_database_exec (database, "PRAGMA user_version = 999", &error);
  g_assert_no_error (error);
  g_clear_object (&database);
  before = read_bytes (fixture->path);

  window = open_window (fixture->path);
  dialog = voc_window_get_error_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "newer"));
  g_assert_true (adw_message_dialog_has_response (dialog, "move-aside"));

  after = read_bytes (fixture->path);
  g_assert_true (g_bytes_equal (before, after));

  close_window (window);
}

static void
test_settings (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *last_page = NULL;
  VocWindow *window;

  if (skip_without_display ())
    return;

  /* The defaults: the first page, the schema's size. */
  window = open_window (fixture->path);
  g_assert_cmpstr (voc_window_get_visible_page (window), ==, "jobs");

  show_page (window, "pipeline");
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  close_window (window);

  last_page = g_settings_get_string (fixture->settings, "last-page");
  g_assert_cmpstr (last_page, ==, "pipeline");
  g_assert_cmpint (g_settings_get_int (fixture->settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (fixture->settings, "window-height"), ==, 700);
  g_assert_false (g_settings_get_boolean (fixture->settings, "window-maximized"));

  /* The next window comes back on the last page, at the last size. */
  window = open_window (fixture->path);
  g_assert_cmpstr (voc_window_get_visible_page (window), ==, "pipeline");
  {
    int width, height;

    gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
    g_assert_cmpint (width, ==, 1000);
    g_assert_cmpint (height, ==, 700);
  }

  /* Ctrl+W: the window's own close action, which saves too. */
  show_page (window, "resume");
  g_object_ref (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.close", NULL));
  g_assert_finalize_object (window);
  g_free (last_page);
  last_page = g_settings_get_string (fixture->settings, "last-page");
  g_assert_cmpstr (last_page, ==, "resume");
}

static void
test_color_scheme (Fixture       *fixture,
                   gconstpointer  data)
{
  AdwStyleManager *style_manager;

  if (skip_without_display ())
    return;

  style_manager = adw_style_manager_get_default ();
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==,
                   ADW_COLOR_SCHEME_DEFAULT);

  g_settings_set_string (fixture->settings, "color-scheme", "dark");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==,
                   ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (style_manager));

  g_settings_set_string (fixture->settings, "color-scheme", "light");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==,
                   ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_false (adw_style_manager_get_dark (style_manager));

  g_settings_set_string (fixture->settings, "color-scheme", "default");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style_manager), ==,
                   ADW_COLOR_SCHEME_DEFAULT);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

/* The first widget of @type under @widget, depth first. */
static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_preferences (Fixture       *fixture,
                  gconstpointer  data)
{
  VocWindow *window;
  GtkWindow *preferences;
  GtkWindow *about;
  g_autofree char *scheme = NULL;
  AdwComboRow *row = NULL;
  GtkWidget *child;

  if (skip_without_display ())
    return;

  window = open_window (fixture->path);

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  preferences = find_toplevel (VOC_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  g_assert_true (gtk_window_get_transient_for (preferences) == GTK_WINDOW (window));

  /* The AI provider has its page. */
  g_assert_nonnull (find_descendant (GTK_WIDGET (preferences), VOC_TYPE_AI_PREFERENCES));

  /* Find the Style row and choose Dark. */
  for (child = GTK_WIDGET (preferences); child != NULL; )
    {
      if (ADW_IS_COMBO_ROW (child))
        {
          row = ADW_COMBO_ROW (child);
          break;
        }
      if (gtk_widget_get_first_child (child) != NULL)
        child = gtk_widget_get_first_child (child);
      else
        {
          while (child != NULL && gtk_widget_get_next_sibling (child) == NULL)
            child = gtk_widget_get_parent (child);
          if (child != NULL)
            child = gtk_widget_get_next_sibling (child);
        }
    }
  g_assert_nonnull (row);
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  adw_combo_row_set_selected (row, 2);
  scheme = g_settings_get_string (fixture->settings, "color-scheme");
  g_assert_cmpstr (scheme, ==, "dark");
  g_settings_reset (fixture->settings, "color-scheme");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);

  g_object_ref (preferences);
  gtk_window_destroy (preferences);
  g_assert_finalize_object (preferences);

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  about = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_window_get_application_icon (ADW_ABOUT_WINDOW (about)), ==,
                   APPLICATION_ID);
  gtk_window_destroy (about);

  close_window (window);
}

/* One window per database file; a plain launch presents the window there is. */
static void
test_one_window_per_database (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *other_path = NULL;
  VocWindow *window;
  VocWindow *again;
  VocWindow *other;

  if (skip_without_display ())
    return;

  other_path = g_build_filename (fixture->dir, "other.db", NULL);

  window = voc_app_open_database (app, fixture->path);
  WAIT_FOR (voc_window_get_database (window) != NULL);
  again = voc_app_open_database (app, fixture->path);
  g_assert_true (window == again);

  other = voc_app_open_database (app, other_path);
  g_assert_true (other != window);
  WAIT_FOR (voc_window_get_database (other) != NULL);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 2);

  /* A plain launch (activate) opens nothing new. */
  g_application_activate (G_APPLICATION (app));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 2);

  close_window (other);
  close_window (window);
}

/* Running in the background, closing the window hides it and the application keeps it: a new
 * launch presents it again, and only quitting ends it. With the preference off it ends. */
static void
test_run_in_background (Fixture       *fixture,
                        gconstpointer  data)
{
  VocWindow *window;
  VocWindow *again;
  GList *windows;

  if (skip_without_display ())
    return;

  g_settings_set_boolean (fixture->settings, "run-in-background", TRUE);
  window = voc_app_open_database (app, fixture->path);
  WAIT_FOR (voc_window_get_database (window) != NULL);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);

  gtk_window_close (GTK_WINDOW (window));
  for (guint i = 0; i < 10; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_nonnull (window);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  g_assert_true (windows->data == window);

  /* A plain launch shows the hidden window, and so does opening its database. */
  g_application_activate (G_APPLICATION (app));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  gtk_window_close (GTK_WINDOW (window));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  again = voc_app_open_database (app, fixture->path);
  g_assert_true (again == window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  /* Quitting ends the window although it would hide on close. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  WAIT_FOR (window == NULL);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));

  /* Preference off: closing ends the window, as it did before. */
  g_settings_set_boolean (fixture->settings, "run-in-background", FALSE);
  window = voc_app_open_database (app, fixture->path);
  WAIT_FOR (voc_window_get_database (window) != NULL);
  close_window (window);
}

typedef struct
{
  VocWindow *window;
  char      *database_path;
} CommandLineRun;

static void
on_window_database_cb (VocWindow      *window,
                       GParamSpec     *pspec,
                       CommandLineRun *run)
{
  if (voc_window_get_database (window) == NULL)
    return;

  run->database_path = g_strdup (voc_window_get_database_path (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
on_window_added_cb (GtkApplication *application,
                    GtkWindow      *window,
                    CommandLineRun *run)
{
  if (!VOC_IS_WINDOW (window))
    return;

  run->window = VOC_WINDOW (window);
  g_signal_connect (window, "notify::database", G_CALLBACK (on_window_database_cb), run);
}

/* `vocation --database PATH` with a relative path: resolved against the caller's folder,
 * created with its folder when missing. */
static void
test_command_line_database (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(VocApp) command_line_app = NULL;
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *expected = NULL;
  CommandLineRun run = { NULL, NULL };
  char *argv[] = { (char *) "vocation", (char *) "--database", (char *) "nested/new.db", NULL };
  int status;

  if (skip_without_display ())
    return;

  expected = g_build_filename (fixture->dir, "nested", "new.db", NULL);
  g_assert_false (g_file_test (expected, G_FILE_TEST_EXISTS));

  /* A second application in this process: under another ID, so that both can be on the
   * session bus. */
  command_line_app = voc_app_new ();
  g_application_set_application_id (G_APPLICATION (command_line_app),
                                    APPLICATION_ID ".CommandLineTest");
  g_application_set_flags (G_APPLICATION (command_line_app),
                           G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
  g_signal_connect (command_line_app, "window-added", G_CALLBACK (on_window_added_cb), &run);

  g_assert_cmpint (g_chdir (fixture->dir), ==, 0);
  status = g_application_run (G_APPLICATION (command_line_app), G_N_ELEMENTS (argv) - 1, argv);
  g_assert_cmpint (g_chdir (cwd), ==, 0);

  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (run.window);
  g_assert_cmpstr (run.database_path, ==, expected);
  g_assert_true (g_file_test (expected, G_FILE_TEST_IS_REGULAR));

  g_free (run.database_path);
}

static void
run_program (const char * const  *args,
             char               **out,
             int                 *status)
{
  g_autoptr(GError) error = NULL;
  const char *exe = g_getenv ("VOCATION_EXE");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  g_assert_nonnull (exe);
  g_ptr_array_add (argv, (gpointer) exe);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, NULL,
                status, &error);
  g_assert_no_error (error);
}

/* --version and --help answer without a display or a running instance. */
static void
test_command_line_version (void)
{
  static const char *version[] = { "--version", NULL };
  static const char *help[] = { "--help", NULL };
  g_autofree char *out = NULL;
  g_autofree char *help_out = NULL;
  int status = -1;

  run_program (version, &out, &status);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpstr (out, ==, "vocation " PACKAGE_VERSION "\n");

  run_program (help, &help_out, &status);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (help_out, "--database"));
  g_assert_nonnull (strstr (help_out, "--version"));
  g_assert_nonnull (strstr (help_out, "--import"));
}

static void
store_result_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* The first row (an AdwPreferencesRow) under @widget with that title. */
static GtkWidget *
find_child_by_title (GtkWidget  *widget,
                     const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_child_by_title (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Importing, the Jobs page and a posting's detail */

static const char *good_md =
  "# Senior Data Engineer — Globex Corporation\n\n"
  "**Location:** Berlin, Germany (Hybrid)\n"
  "**Salary:** €70,000–€85,000 per year\n\n"
  "## What you'll do\n\n- Build pipelines in Apache Spark and dbt\n\n"
  "## Requirements\n\n- 5+ years of Python and SQL\n- PostgreSQL in production\n\n"
  "## Nice to have\n\n- Terraform\n";

static char *
write_fixture (Fixture    *fixture,
               const char *name,
               const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

static VocJobsPage *
jobs_page (VocWindow *window)
{
  return VOC_JOBS_PAGE (voc_window_get_page (window, "jobs"));
}

static VocJobPosting *
dup_posting_at (VocWindow *window,
                guint      position)
{
  GListModel *model = voc_jobs_page_get_model (jobs_page (window));

  g_assert_cmpuint (position, <, n_items (model));
  return g_list_model_get_item (model, position);
}

static gboolean
has_css_class (gpointer    widget,
               const char *name)
{
  return gtk_widget_has_css_class (GTK_WIDGET (widget), name);
}

/* Three postings with salaries, companies, skills and sections; the second has an
 * application. Returns their ids in order of insertion (the first is the oldest). */
static void
insert_postings (VocDatabase *database,
                 gint64       ids[3])
{
  static const struct
  {
    const char    *title;
    const char    *company;
    VocRemoteMode  remote;
    gint64         yearly;
  } data[] = {
    { "Rust Developer", "Kestrel Labs", VOC_REMOTE_MODE_ON_SITE, 5800000 },
    { "Staff Platform Engineer", "Lumen Health", VOC_REMOTE_MODE_REMOTE, 11000000 },
    { "Go Engineer", "Acme", VOC_REMOTE_MODE_HYBRID, 7500000 },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(VocCompanyRepository) companies = voc_company_repository_new (database);
  g_autoptr(VocJobRepository) jobs = voc_job_repository_new (database);
  g_autoptr(VocPipelineRepository) pipeline = voc_pipeline_repository_new (database);
  g_autoptr(VocJobApplication) application = voc_job_application_new ();

  for (guint i = 0; i < G_N_ELEMENTS (data); i++)
    {
      g_autoptr(VocCompany) company = voc_company_new ();
      g_autoptr(VocJobPosting) posting = voc_job_posting_new ();
      g_autofree char *normalized = g_utf8_strdown (data[i].company, -1);
      g_autofree char *sql = NULL;

      voc_company_set_name (company, data[i].company);
      voc_company_set_normalized_name (company, normalized);
      voc_repository_insert (VOC_REPOSITORY (companies), company, &error);
      g_assert_no_error (error);

      voc_job_posting_set_title (posting, data[i].title);
      voc_job_posting_set_company_id (posting, voc_entity_get_id (VOC_ENTITY (company)));
      voc_job_posting_set_remote_mode (posting, data[i].remote);
      voc_job_posting_set_salary_min_cents (posting, data[i].yearly - 1000000);
      voc_job_posting_set_salary_max_cents (posting, data[i].yearly);
      voc_job_posting_set_salary_yearly_min_cents (posting, data[i].yearly - 1000000);
      voc_job_posting_set_salary_yearly_max_cents (posting, data[i].yearly);
      voc_job_posting_set_salary_currency (posting, "EUR");
      voc_job_posting_set_salary_period (posting, VOC_SALARY_PERIOD_YEAR);
      voc_job_posting_set_skills (posting,
                                  "[{\"name\":\"Rust\",\"required\":true,\"nice_to_have\":false,"
                                  "\"count\":2,\"weight\":5.0},"
                                  "{\"name\":\"Kubernetes\",\"required\":false,"
                                  "\"nice_to_have\":true,\"count\":1,\"weight\":1.0},"
                                  "{\"name\":\"Git\",\"required\":false,"
                                  "\"nice_to_have\":false,\"count\":1,\"weight\":1.0}]");
      voc_job_posting_set_sections (posting,
                                    "[{\"kind\":\"responsibilities\","
                                    "\"heading\":\"What you'll do\","
                                    "\"text\":\"Build services.\"},"
                                    "{\"kind\":\"requirements\",\"heading\":null,"
                                    "\"text\":\"Rust in production.\"}]");
      voc_repository_insert (VOC_REPOSITORY (jobs), posting, &error);
      g_assert_no_error (error);
      ids[i] = voc_entity_get_id (VOC_ENTITY (posting));

      /* A day apart: newest first is the reverse order. */
      sql = g_strdup_printf ("UPDATE job_posting SET created_at = '2026-01-%02uT10:00:00.000000Z' "
                             "WHERE id = %" G_GINT64_FORMAT, i + 1, ids[i]);
      voc_database_exec (database, sql, &error);
      g_assert_no_error (error);
    }

  voc_job_application_set_posting_id (application, ids[1]);
  voc_job_application_set_stage (application, VOC_STAGE_APPLIED);
  voc_repository_insert (VOC_REPOSITORY (pipeline), application, &error);
  g_assert_no_error (error);
}

static VocWindow *
open_window_with_postings (Fixture *fixture,
                           gint64   ids[3])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocDatabase) database = voc_database_open (fixture->path, &error);
  VocWindow *window;

  g_assert_no_error (error);
  insert_postings (database, ids);
  g_clear_object (&database);

  window = open_window (fixture->path);
  show_page (window, "jobs");
  WAIT_FOR (g_strcmp0 (page_state (window, "jobs"), "list") == 0);
  g_assert_cmpuint (n_items (voc_jobs_page_get_model (jobs_page (window))), ==, 3);

  return window;
}

static void
test_drop_files (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *good = NULL;
  g_autofree char *empty = NULL;
  g_autoptr(GFile) good_file = NULL;
  g_autoptr(GFile) empty_file = NULL;
  GdkFileList *list = NULL;
  g_autoptr(VocJobPosting) posting = NULL;
  GValue value = G_VALUE_INIT;
  GtkDropTarget *target;
  AdwMessageDialog *dialog;
  VocJobDetail *detail;
  GdkDragAction action = 0;
  gboolean accepted = FALSE;
  GtkWidget *extra;
  VocWindow *window;
  AdwToast *toast;

  if (skip_without_display ())
    return;

  good = write_fixture (fixture, "globex.md", good_md);
  empty = write_fixture (fixture, "empty.txt", "");
  good_file = g_file_new_for_path (good);
  empty_file = g_file_new_for_path (empty);

  window = open_window (fixture->path);
  show_page (window, "jobs");
  WAIT_FOR (g_strcmp0 (page_state (window, "jobs"), "empty") == 0);
  target = voc_window_get_drop_target (window);

  /* Files first, then text. */
  {
    gsize n_types = 0;
    const GType *types = gtk_drop_target_get_gtypes (target, &n_types);

    g_assert_cmpuint (n_types, ==, 2);
    g_assert_true (types[0] == GDK_TYPE_FILE_LIST);
    g_assert_true (types[1] == G_TYPE_STRING);
    g_assert_cmpint (gtk_drop_target_get_actions (target), ==, GDK_ACTION_COPY);
  }

  /* Dragging over the window shows the highlight; leaving hides it. */
  g_signal_emit_by_name (target, "enter", 100.0, 100.0, &action);
  g_assert_cmpint (action, ==, GDK_ACTION_COPY);
  g_assert_true (voc_window_get_drop_highlighted (window));
  g_signal_emit_by_name (target, "leave");
  g_assert_false (voc_window_get_drop_highlighted (window));

  list = gdk_file_list_new_from_array ((GFile *[]) { good_file, empty_file }, 2);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_set_boxed (&value, list);
  g_signal_emit_by_name (target, "enter", 100.0, 100.0, &action);
  g_signal_emit_by_name (target, "drop", &value, 100.0, 100.0, &accepted);
  g_value_unset (&value);
  g_boxed_free (GDK_TYPE_FILE_LIST, list);
  g_assert_true (accepted);
  g_assert_false (voc_window_get_drop_highlighted (window));

  /* The progress shows while the batch runs, then the summary. */
  g_assert_true (voc_window_get_importing (window));
  WAIT_FOR (!voc_window_get_importing (window));

  WAIT_FOR (g_strcmp0 (page_state (window, "jobs"), "list") == 0);
  g_assert_cmpuint (n_items (voc_jobs_page_get_model (jobs_page (window))), ==, 1);
  posting = dup_posting_at (window, 0);
  g_assert_cmpstr (voc_job_posting_get_title (posting), ==, "Senior Data Engineer");
  g_assert_cmpint (voc_job_posting_get_source (posting), ==, VOC_POSTING_SOURCE_FILE);

  toast = voc_window_get_import_toast (window);
  g_assert_nonnull (toast);
  g_assert_nonnull (strstr (adw_toast_get_title (toast), "1 imported"));
  g_assert_nonnull (strstr (adw_toast_get_title (toast), "1 could not be read"));
  g_assert_nonnull (strstr (adw_toast_get_title (toast), "empty.txt"));
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, "_Details");

  /* Details lists the failure with its reason. */
  g_signal_emit_by_name (toast, "button-clicked");
  dialog = voc_window_get_failures_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  extra = adw_message_dialog_get_extra_child (dialog);
  extra = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (extra));
  if (GTK_IS_VIEWPORT (extra))
    extra = gtk_viewport_get_child (GTK_VIEWPORT (extra));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (extra)), "empty.txt"));
  adw_message_dialog_response (dialog, "close");
  WAIT_FOR (voc_window_get_failures_dialog (window) == NULL);

  /* The one job imported is shown, with its skills as chips. */
  g_assert_cmpstr (voc_jobs_page_get_view_name (jobs_page (window)), ==, "detail");
  detail = voc_jobs_page_get_detail (jobs_page (window));
  g_assert_true (voc_job_detail_get_posting (detail) == posting);
  g_assert_cmpuint (n_items (voc_job_detail_get_skills (detail)), >=, 3);
  g_assert_cmpuint (voc_job_detail_get_skill_flags (detail, "Python"), ==,
                    VOC_JOB_SKILL_REQUIRED);
  g_assert_cmpuint (voc_job_detail_get_skill_flags (detail, "Terraform"), ==,
                    VOC_JOB_SKILL_NICE_TO_HAVE);
  g_assert_cmpuint (voc_job_detail_get_n_sections (detail), >=, 2);
  g_assert_nonnull (strstr (voc_job_detail_get_text (detail), "Apache Spark"));

  /* The original, byte for byte, in a file named after the job. */
  {
    g_autoptr(GFile) folder = g_file_new_for_path (fixture->dir);
    g_autoptr(GAsyncResult) result = NULL;
    g_autoptr(GFile) saved = NULL;
    g_autoptr(GError) error = NULL;
    g_autofree char *contents = NULL;
    g_autofree char *basename = NULL;

    voc_job_detail_save_original_async (detail, folder, NULL, store_result_cb, &result);
    WAIT_FOR (result != NULL);
    saved = voc_job_detail_save_original_finish (detail, result, &error);
    g_assert_no_error (error);
    basename = g_file_get_basename (saved);
    g_assert_true (g_str_has_prefix (basename, "Senior Data Engineer."));
    g_assert_true (g_str_has_suffix (basename, ".md") || g_str_has_suffix (basename, ".txt"));
    g_file_load_contents (saved, NULL, &contents, NULL, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (contents, ==, good_md);
  }

  /* Alt+Left's action goes back to the list. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (jobs_page (window)), "jobs.back", NULL));
  g_assert_cmpstr (voc_jobs_page_get_view_name (jobs_page (window)), ==, "browse");

  /* The same file again: already saved, nothing added. */
  {
    GdkFileList *again = gdk_file_list_new_from_array (&good_file, 1);

    g_value_init (&value, GDK_TYPE_FILE_LIST);
    g_value_take_boxed (&value, again);
    g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
    g_value_unset (&value);
    WAIT_FOR (!voc_window_get_importing (window));
    g_assert_nonnull (strstr (adw_toast_get_title (voc_window_get_import_toast (window)),
                              "1 already saved"));
    g_assert_cmpuint (n_items (voc_jobs_page_get_model (jobs_page (window))), ==, 1);
  }

  close_window (window);
}

static void
test_paste_text (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(VocJobPosting) posting = NULL;
  GdkClipboard *clipboard;
  GtkEditable *search;
  VocWindow *window;

  if (skip_without_display ())
    return;

  window = open_window (fixture->path);
  show_page (window, "jobs");
  WAIT_FOR (g_strcmp0 (page_state (window, "jobs"), "empty") == 0);

  clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  gdk_clipboard_set_text (clipboard, good_md);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.paste", NULL));
  WAIT_FOR (g_strcmp0 (page_state (window, "jobs"), "list") == 0);
  WAIT_FOR (!voc_window_get_importing (window));

  posting = dup_posting_at (window, 0);
  g_assert_cmpstr (voc_job_posting_get_title (posting), ==, "Senior Data Engineer");
  g_assert_cmpint (voc_job_posting_get_source (posting), ==, VOC_POSTING_SOURCE_PASTE);
  g_assert_nonnull (strstr (adw_toast_get_title (voc_window_get_import_toast (window)),
                            "1 imported"));

  /* In a text field, paste is the field's: nothing more is imported. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (jobs_page (window)), "jobs.back", NULL));
  search = voc_jobs_page_get_search_entry (jobs_page (window));
  gdk_clipboard_set_text (clipboard, "platform");
  g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (search)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.paste", NULL));
  WAIT_FOR (g_strcmp0 (gtk_editable_get_text (search), "platform") == 0);
  g_assert_false (voc_window_get_importing (window));

  close_window (window);
}

typedef struct
{
  GString *out;
  GString *err;
  guint    n_windows;
} ImportRun;

static ImportRun *current_run;

static void
print_to_run (const char *text)
{
  g_string_append (current_run->out, text);
}

static void
printerr_to_run (const char *text)
{
  g_string_append (current_run->err, text);
}

static void
on_import_window_added_cb (GtkApplication *application,
                           GtkWindow      *window,
                           ImportRun      *run)
{
  run->n_windows++;
}

static int
run_import_command_line (Fixture            *fixture,
                         const char * const *args,
                         ImportRun          *run,
                         int                *exit_status)
{
  g_autoptr(VocApp) command_line_app = voc_app_new ();
  g_autofree char *cwd = g_get_current_dir ();
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  GPrintFunc old_print, old_printerr;
  int status;

  g_ptr_array_add (argv, (gpointer) "vocation");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_application_set_application_id (G_APPLICATION (command_line_app),
                                    APPLICATION_ID ".ImportTest");
  g_application_set_flags (G_APPLICATION (command_line_app),
                           G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
  g_signal_connect (command_line_app, "window-added", G_CALLBACK (on_import_window_added_cb), run);

  current_run = run;
  old_print = g_set_print_handler (print_to_run);
  old_printerr = g_set_printerr_handler (printerr_to_run);
  g_assert_cmpint (g_chdir (fixture->dir), ==, 0);
  status = g_application_run (G_APPLICATION (command_line_app), argv->len - 1,
                              (char **) argv->pdata);
  g_assert_cmpint (g_chdir (cwd), ==, 0);
  g_set_print_handler (old_print);
  g_set_printerr_handler (old_printerr);
  current_run = NULL;

  *exit_status = voc_app_get_exit_status (command_line_app);
  return status;
}

/* `vocation --database PATH --import FILE…`, in this process: one line per item, status 1
 * when one failed, and no window. */
static void
test_command_line_import (Fixture       *fixture,
                          gconstpointer  data)
{
  static const char *args[] = { "--database", "cli.db", "--import", "globex.md", "empty.txt",
                                NULL };
  static const char *again_args[] = { "--database", "cli.db", "--import", "globex.md", NULL };
  static const char *missing_args[] = { "--import", NULL };
  ImportRun run = { g_string_new (NULL), g_string_new (NULL), 0 };
  g_autofree char *good = write_fixture (fixture, "globex.md", good_md);
  g_autofree char *empty = write_fixture (fixture, "empty.txt", "");
  g_autofree char *db_path = g_build_filename (fixture->dir, "cli.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(VocDatabase) database = NULL;
  g_autoptr(VocJobRepository) jobs = NULL;
  int exit_status = -1;

  if (skip_without_display ())
    return;

  g_assert_cmpint (run_import_command_line (fixture, args, &run, &exit_status), ==, 0);
  g_assert_cmpint (exit_status, ==, 1);
  g_assert_cmpuint (run.n_windows, ==, 0);
  g_assert_cmpstr (run.out->str, ==, "imported: globex.md — Senior Data Engineer\n");
  g_assert_true (g_str_has_prefix (run.err->str, "error: "));
  g_assert_nonnull (strstr (run.err->str, "empty.txt"));
  g_assert_cmpuint (strlen (run.err->str), ==, strcspn (run.err->str, "\n") + 1);

  database = voc_database_open (db_path, &error);
  g_assert_no_error (error);
  jobs = voc_job_repository_new (database);
  g_assert_cmpint (voc_repository_count (VOC_REPOSITORY (jobs), VOC_TYPE_JOB_POSTING, NULL), ==, 1);
  g_clear_object (&jobs);
  g_clear_object (&database);

  /* Again: already saved, and a success. */
  g_string_truncate (run.out, 0);
  g_string_truncate (run.err, 0);
  g_assert_cmpint (run_import_command_line (fixture, again_args, &run, &exit_status), ==, 0);
  g_assert_cmpint (exit_status, ==, 0);
  g_assert_cmpstr (run.out->str, ==, "already saved: globex.md — Senior Data Engineer\n");
  g_assert_cmpstr (run.err->str, ==, "");

  /* Nothing to import is an error at once. */
  g_string_truncate (run.err, 0);
  g_assert_cmpint (run_import_command_line (fixture, missing_args, &run, &exit_status), ==, 1);
  g_assert_nonnull (strstr (run.err->str, "--import"));
  g_assert_cmpuint (run.n_windows, ==, 0);

  g_string_free (run.out, TRUE);
  g_string_free (run.err, TRUE);
}

/* With a window on the database, the import goes through it: its list shows the job. */
static void
test_command_line_import_window (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *good = write_fixture (fixture, "globex.md", good_md);
  g_autoptr(GApplicationCommandLine) command_line = NULL;
  ImportRun run = { g_string_new (NULL), g_string_new (NULL), 0 };
  GPrintFunc old_print;
  VocWindow *window;

  if (skip_without_display ())
    return;

  window = voc_app_open_database (app, fixture->path);
  WAIT_FOR (voc_window_get_database (window) != NULL);
  show_page (window, "jobs");

  /* The test's own application: its command-line handler, as a remote call would run it. */
  {
    g_autoptr(GVariantDict) options = g_variant_dict_new (NULL);
    const char *remaining[] = { good, NULL };
    int status;

    g_variant_dict_insert (options, "database", "^ay", fixture->path);
    g_variant_dict_insert (options, "import", "b", TRUE);
    g_variant_dict_insert_value (options, G_OPTION_REMAINING,
                                 g_variant_new_bytestring_array (remaining, -1));
    const char *arguments[] = { "vocation", NULL };

    command_line = g_object_new (G_TYPE_APPLICATION_COMMAND_LINE,
                                 "arguments", g_variant_new_bytestring_array (arguments, -1),
                                 "options", g_variant_dict_end (options),
                                 NULL);
    g_signal_emit_by_name (app, "command-line", command_line, &status);
    g_assert_cmpint (status, ==, 0);
  }

  current_run = &run;
  old_print = g_set_print_handler (print_to_run);
  g_assert_true (voc_window_get_importing (window));
  WAIT_FOR (!voc_window_get_importing (window));
  g_set_print_handler (old_print);
  current_run = NULL;
  g_assert_cmpstr (run.out->str, ==, "imported: globex.md — Senior Data Engineer\n");
  g_assert_cmpint (g_application_command_line_get_exit_status (command_line), ==, 0);
  g_string_free (run.out, TRUE);
  g_string_free (run.err, TRUE);
  /* The page's list is read in a worker: it may still be on its way. */
  WAIT_FOR (g_strcmp0 (page_state (window, "jobs"), "list") == 0 &&
            voc_jobs_page_get_model (jobs_page (window)) != NULL &&
            g_list_model_get_n_items (voc_jobs_page_get_model (jobs_page (window))) == 1);
  g_assert_nonnull (voc_window_get_import_toast (window));

  close_window (window);
}

/* The real program, as a shell runs it: output, and exit status 1 for a failed item. */
static void
test_command_line_import_program (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *good = write_fixture (fixture, "globex.md", good_md);
  g_autofree char *empty = write_fixture (fixture, "empty.txt", "");
  g_autofree char *db_path = g_build_filename (fixture->dir, "program.db", NULL);
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *exe = g_getenv ("VOCATION_EXE");
  const char *argv[] = { exe, "--database", db_path, "--import", "globex.md", "empty.txt", NULL };
  int status = 0;

  if (skip_without_display ())
    return;

  /* No session bus: this process is its own instance, whatever else runs on the machine. */
  envp = g_environ_setenv (envp, "DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent", TRUE);
  g_spawn_sync (fixture->dir, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);

  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);
  g_assert_nonnull (strstr (out, "imported: globex.md — Senior Data Engineer\n"));
  g_assert_nonnull (strstr (err, "error: "));
  g_assert_nonnull (strstr (err, "empty.txt"));
}

static void
on_window_import_done_cb (GObject      *object,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  GPtrArray **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = voc_window_import_finish (VOC_WINDOW (object), result, &error);
  g_assert_no_error (error);
}

/* Closing the window stops its batch after the item being read, which still reports; the
 * window goes away once the batch is done. */
static void
test_close_while_importing (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *good = write_fixture (fixture, "globex.md", good_md);
  g_autofree char *fifo = g_build_filename (fixture->dir, "pipe.md", NULL);
  g_autoptr(GFile) good_file = g_file_new_for_path (good);
  g_autoptr(GFile) fifo_file = g_file_new_for_path (fifo);
  g_autoptr(GFile) never_file = g_file_new_for_path (good);
  g_autoptr(VocJobImporter) importer = NULL;
  g_autoptr(GPtrArray) results = NULL;
  GPtrArray *waiting_results = NULL;
  g_autoptr(GError) waiting_error = NULL;
  VocJobImporter *waiting = NULL;
  VocWindow *window;
  gint64 deadline;
  int fd;

  if (skip_without_display ())
    return;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);

  window = open_window (fixture->path);
  importer = voc_job_importer_new (voc_window_get_database (window), NULL);
  voc_job_importer_add_file (importer, good_file);
  voc_job_importer_add_file (importer, fifo_file);
  voc_job_importer_add_file (importer, never_file);
  voc_window_import_async (window, importer, on_window_import_done_cb, &results);

  /* A second batch waits behind the first. */
  waiting = voc_job_importer_new (voc_window_get_database (window), NULL);
  voc_job_importer_add_file (waiting, good_file);
  voc_window_import_async (window, waiting, store_result_cb, &waiting_results);

  WAIT_FOR (voc_job_importer_get_n_done (importer) == 1);
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));

  /* The waiting batch never starts. */
  WAIT_FOR (waiting_results != NULL);
  g_assert_null (voc_window_import_finish (window, (GAsyncResult *) waiting_results,
                                           &waiting_error));
  g_assert_error (waiting_error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_object_unref (waiting_results);
  g_object_unref (waiting);

  /* Feed the pipe if the reader opened it: the reader gives up (cancelled) or reads it;
   * either way the batch ends there, without the third file. The reader may also see the
   * cancellation before it opens the pipe, so the write end is opened without blocking and
   * only once somebody reads it (ENXIO until then). */
  fd = -1;
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (results == NULL && fd < 0)
    {
      fd = open (fifo, O_WRONLY | O_NONBLOCK);
      if (fd >= 0)
        break;
      g_assert_cmpint (errno, ==, ENXIO);
      if (g_get_monotonic_time () > deadline)
        g_error ("The import neither opened the pipe nor ended");
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  if (fd >= 0)
    {
      if (write (fd, good_md, strlen (good_md)) < 0)
        g_test_message ("The reader left before the write: %s", g_strerror (errno));
      close (fd);
    }

  WAIT_FOR (results != NULL);
  g_assert_cmpuint (results->len, ==, 2);
  g_assert_finalize_object (window);
}

/* The column of the Jobs page's table whose header reads @title. */
static VocJobColumn
find_column (const char *title)
{
  for (VocJobColumn column = 0; column < VOC_JOB_N_COLUMNS; column++)
    if (g_strcmp0 (voc_job_column_get_title (column), title) == 0)
      return column;

  g_assert_not_reached ();
}

static void
assert_first_title (VocWindow  *window,
                    const char *expected)
{
  g_autoptr(VocJobPosting) posting = dup_posting_at (window, 0);

  g_assert_cmpstr (voc_job_posting_get_title (posting), ==, expected);
}

/* Waits for the list of the latest search, filters or sort, read in a worker thread. */
static void
wait_listed (VocJobsPage *page)
{
  WAIT_FOR (!voc_jobs_page_is_loading (page));
}

static void
sort_by (VocWindow   *window,
         const char  *title,
         GtkSortType  order)
{
  voc_jobs_page_sort_by (jobs_page (window), voc_job_column_get_sort (find_column (title)),
                         order == GTK_SORT_DESCENDING);
  wait_listed (jobs_page (window));
}

/* Clicks the header of a column of the Jobs page's table. */
static void
click_header (VocWindow  *window,
              const char *title)
{
  VocJobHeader *header = voc_jobs_page_get_header (jobs_page (window));

  g_signal_emit_by_name (voc_job_header_get_button (header, find_column (title)), "clicked");
  wait_listed (jobs_page (window));
}

static void
test_sorting (Fixture       *fixture,
              gconstpointer  data)
{
  static const char *titles[] = { "Title", "Fit", "Company", "Location", "Remote", "Salary",
                                  "Added", "Source" };
  VocJobHeader *header;
  gint64 ids[3];
  VocWindow *window;

  if (skip_without_display ())
    return;

  window = open_window_with_postings (fixture, ids);
  header = voc_jobs_page_get_header (jobs_page (window));

  /* Newest first, and every column's header sorts: a click by it (the best fits first), a
   * second click the other way round. */
  assert_first_title (window, "Go Engineer");
  g_assert_cmpuint (G_N_ELEMENTS (titles), ==, VOC_JOB_N_COLUMNS);
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      VocJobSort sort = voc_job_column_get_sort (find_column (titles[i]));
      gboolean descending = FALSE;

      g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (voc_job_header_get_button (header,
                                                                                       i))));
      click_header (window, titles[i]);
      g_assert_cmpint (voc_job_header_get_sort (header, &descending), ==, sort);
      g_assert_cmpint (descending, ==, sort == VOC_JOB_SORT_FIT);
      click_header (window, titles[i]);
      g_assert_cmpint (voc_job_header_get_sort (header, &descending), ==, sort);
      g_assert_cmpint (descending, ==, sort != VOC_JOB_SORT_FIT);
      g_assert_cmpuint (n_items (voc_jobs_page_get_model (jobs_page (window))), ==, 3);
    }

  click_header (window, "Salary");
  assert_first_title (window, "Rust Developer");
  click_header (window, "Salary");
  assert_first_title (window, "Staff Platform Engineer");
  sort_by (window, "Salary", GTK_SORT_ASCENDING);
  assert_first_title (window, "Rust Developer");

  sort_by (window, "Company", GTK_SORT_ASCENDING);
  assert_first_title (window, "Go Engineer");          /* Acme */
  sort_by (window, "Company", GTK_SORT_DESCENDING);
  assert_first_title (window, "Staff Platform Engineer");   /* Lumen Health */

  sort_by (window, "Title", GTK_SORT_ASCENDING);
  assert_first_title (window, "Go Engineer");
  sort_by (window, "Added", GTK_SORT_ASCENDING);
  assert_first_title (window, "Rust Developer");

  /* Unsorted again: the newest first. */
  voc_jobs_page_sort_by (jobs_page (window), VOC_JOB_SORT_DEFAULT, FALSE);
  wait_listed (jobs_page (window));
  assert_first_title (window, "Go Engineer");
  g_assert_cmpuint (n_items (voc_jobs_page_get_model (jobs_page (window))), ==, 3);

  close_window (window);
}

static void
test_filters_and_search (Fixture       *fixture,
                         gconstpointer  data)
{
  VocJobsPage *page;
  GListModel *model;
  gint64 ids[3];
  VocWindow *window;

  if (skip_without_display ())
    return;

  window = open_window_with_postings (fixture, ids);
  page = jobs_page (window);

#define N_LISTED() n_items (voc_jobs_page_get_model (page))

  /* Search: ranked full-text matches, as the user types. */
  gtk_editable_set_text (voc_jobs_page_get_search_entry (page), "engineer");
  WAIT_FOR (N_LISTED () == 2);
  gtk_editable_set_text (voc_jobs_page_get_search_entry (page), "lumen");
  WAIT_FOR (N_LISTED () == 1);
  assert_first_title (window, "Staff Platform Engineer");
  gtk_editable_set_text (voc_jobs_page_get_search_entry (page), "nothing-like-it");
  WAIT_FOR (N_LISTED () == 0);
  g_assert_cmpstr (page_state (window, "jobs"), ==, "no-matches");

  /* The status page's button clears everything. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "jobs.clear-filters", NULL));
  wait_listed (page);
  g_assert_cmpuint (N_LISTED (), ==, 3);
  g_assert_cmpstr (page_state (window, "jobs"), ==, "list");
  g_assert_cmpstr (gtk_editable_get_text (voc_jobs_page_get_search_entry (page)), ==, "");

  /* Remote mode: the rows list "Any" then the modes in order. */
  adw_combo_row_set_selected (voc_jobs_page_get_remote_filter (page), VOC_REMOTE_MODE_REMOTE);
  wait_listed (page);
  g_assert_cmpuint (N_LISTED (), ==, 1);
  assert_first_title (window, "Staff Platform Engineer");
  adw_combo_row_set_selected (voc_jobs_page_get_remote_filter (page), 0);
  wait_listed (page);
  g_assert_cmpuint (N_LISTED (), ==, 3);

  /* A salary floor, yearly. */
  gtk_editable_set_text (voc_jobs_page_get_salary_filter (page), "70k");
  wait_listed (page);
  g_assert_cmpuint (N_LISTED (), ==, 2);
  gtk_editable_set_text (voc_jobs_page_get_salary_filter (page), "not a number");
  g_assert_true (has_css_class (voc_jobs_page_get_salary_filter (page), "error"));
  wait_listed (page);
  g_assert_cmpuint (N_LISTED (), ==, 3);
  gtk_editable_set_text (voc_jobs_page_get_salary_filter (page), "");
  g_assert_false (has_css_class (voc_jobs_page_get_salary_filter (page), "error"));

  /* With an application; and it follows the applications. */
  gtk_switch_set_active (voc_jobs_page_get_application_filter (page), TRUE);
  wait_listed (page);
  g_assert_cmpuint (N_LISTED (), ==, 1);
  assert_first_title (window, "Staff Platform Engineer");
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(VocPipelineRepository) pipeline =
      voc_pipeline_repository_new (voc_window_get_database (window));
    g_autoptr(VocJobApplication) application = voc_job_application_new ();

    voc_job_application_set_posting_id (application, ids[0]);
    voc_job_application_set_stage (application, VOC_STAGE_PROSPECT);
    voc_repository_insert (VOC_REPOSITORY (pipeline), application, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (N_LISTED (), ==, 2);
  }

  /* Filters and search together, and the source. */
  gtk_editable_set_text (voc_jobs_page_get_search_entry (page), "rust");
  WAIT_FOR (N_LISTED () == 1);
  assert_first_title (window, "Rust Developer");
  adw_combo_row_set_selected (voc_jobs_page_get_source_filter (page),
                              1 + VOC_POSTING_SOURCE_URL);
  wait_listed (page);
  g_assert_cmpuint (N_LISTED (), ==, 0);
  g_assert_cmpstr (page_state (window, "jobs"), ==, "no-matches");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "jobs.clear-filters", NULL));
  wait_listed (page);
  model = voc_jobs_page_get_model (page);
  g_assert_cmpuint (n_items (model), ==, 3);
  g_assert_false (gtk_switch_get_active (voc_jobs_page_get_application_filter (page)));

#undef N_LISTED

  close_window (window);
}

/* Lists are read in a worker thread: the list on screen stays until the new one arrives, and
 * when the search changes faster than lists arrive, only the last one is shown. */
static void
test_search_latest_wins (Fixture       *fixture,
                         gconstpointer  data)
{
  static const char *typed[] = { "engineer", "lumen", "nothing-like-it", "rus", "rust" };
  GtkEditable *search;
  GListModel *before;
  GListModel *model;
  VocJobsPage *page;
  gint64 ids[3];
  gint64 until;
  VocWindow *window;

  if (skip_without_display ())
    return;

  window = open_window_with_postings (fixture, ids);
  page = jobs_page (window);
  search = voc_jobs_page_get_search_entry (page);
  before = voc_jobs_page_get_model (page);
  g_assert_cmpuint (n_items (before), ==, 3);

  /* Typed faster than any list arrives (search-changed at once, without the entry's pause). */
  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      gtk_editable_set_text (search, typed[i]);
      g_signal_emit_by_name (search, "search-changed");
      g_assert_true (voc_jobs_page_is_loading (page));
      /* The first list stays on screen meanwhile, not the loading state. */
      g_assert_true (voc_jobs_page_get_model (page) == before);
      g_assert_cmpstr (page_state (window, "jobs"), ==, "list");
    }

  wait_listed (page);
  model = voc_jobs_page_get_model (page);
  g_assert_true (model != before);
  g_assert_cmpuint (n_items (model), ==, 1);
  assert_first_title (window, "Rust Developer");

  /* No list of an earlier search arrives later. */
  until = g_get_monotonic_time () + G_USEC_PER_SEC / 4;
  while (g_get_monotonic_time () < until)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  g_assert_true (voc_jobs_page_get_model (page) == model);

  /* A sort and a search together, the search last: both apply. */
  voc_jobs_page_sort_by (page, VOC_JOB_SORT_TITLE, TRUE);
  gtk_editable_set_text (search, "engineer");
  g_signal_emit_by_name (search, "search-changed");
  wait_listed (page);
  g_assert_cmpuint (n_items (voc_jobs_page_get_model (page)), ==, 2);
  assert_first_title (window, "Staff Platform Engineer");
  sort_by (window, "Title", GTK_SORT_ASCENDING);
  assert_first_title (window, "Go Engineer");

  close_window (window);
}

static void
test_detail_edit (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(VocJobPosting) posting = NULL;
  g_autoptr(VocJobPosting) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(VocJobRepository) jobs = NULL;
  VocJobsPage *page;
  VocJobDetail *detail;
  VocJobEditor *editor;
  VocJobPosting *copy;
  GtkWidget *row;
  gint64 ids[3];
  VocWindow *window;

  if (skip_without_display ())
    return;

  window = open_window_with_postings (fixture, ids);
  page = jobs_page (window);
  detail = voc_jobs_page_get_detail (page);
  editor = voc_job_detail_get_editor (detail);

  /* Enter or a double click on the first row. */
  posting = dup_posting_at (window, 0);
  g_signal_emit_by_name (voc_jobs_page_get_list_view (page), "activate", 0);
  g_assert_cmpstr (voc_jobs_page_get_view_name (page), ==, "detail");
  g_assert_true (voc_job_detail_get_posting (detail) == posting);

  /* Skills as chips, required first, nice-to-haves last; the sections in order. */
  g_assert_cmpuint (n_items (voc_job_detail_get_skills (detail)), ==, 3);
  {
    GListModel *skills = voc_job_detail_get_skills (detail);
    g_autoptr(GtkStringObject) first = g_list_model_get_item (skills, 0);
    g_autoptr(GtkStringObject) last = g_list_model_get_item (skills, 2);

    g_assert_cmpstr (gtk_string_object_get_string (first), ==, "Rust");
    g_assert_cmpstr (gtk_string_object_get_string (last), ==, "Kubernetes");
  }
  g_assert_cmpuint (voc_job_detail_get_n_sections (detail), ==, 2);

  /* Cancel leaves the posting alone. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "detail.edit", NULL));
  g_assert_true (voc_job_detail_get_editing (detail));
  copy = voc_job_editor_get_copy (editor);
  g_assert_true (copy != posting);
  voc_job_posting_set_title (copy, "Changed and dropped");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel", NULL));
  g_assert_false (voc_job_detail_get_editing (detail));
  g_assert_cmpstr (voc_job_posting_get_title (posting), ==, "Go Engineer");

  /* Edit through the rows: invalid values mark their row and disable Save. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "detail.edit", NULL));
  copy = voc_job_editor_get_copy (editor);
  g_assert_true (voc_job_editor_get_valid (editor));

  row = find_child_by_title (GTK_WIDGET (editor), "Title");
  gtk_editable_set_text (GTK_EDITABLE (row), "   ");
  g_assert_false (voc_job_editor_get_valid (editor));
  g_assert_true (has_css_class (row, "error"));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL) &&
                  !voc_job_detail_get_editing (detail));
  gtk_editable_set_text (GTK_EDITABLE (row), "Principal Go Engineer");
  g_assert_true (voc_job_editor_get_valid (editor));
  g_assert_false (has_css_class (row, "error"));
  g_assert_cmpstr (voc_job_posting_get_title (copy), ==, "Principal Go Engineer");
  /* Not the posting itself before Save. */
  g_assert_cmpstr (voc_job_posting_get_title (posting), ==, "Go Engineer");

  row = find_child_by_title (GTK_WIDGET (editor), "Maximum");
  gtk_editable_set_text (GTK_EDITABLE (row), "lots");
  g_assert_false (voc_job_editor_get_valid (editor));
  g_assert_true (has_css_class (row, "error"));
  gtk_editable_set_text (GTK_EDITABLE (row), "10k");
  /* Below the minimum: the entity's own rule, on the row of the maximum. */
  g_assert_false (voc_job_editor_get_valid (editor));
  g_assert_true (has_css_class (row, "error"));
  gtk_editable_set_text (GTK_EDITABLE (row), "120k");
  g_assert_true (voc_job_editor_get_valid (editor));
  g_assert_cmpint (voc_job_posting_get_salary_max_cents (copy), ==, 12000000);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_false (voc_job_detail_get_editing (detail));

  /* The row, the detail and the database all have it. */
  g_assert_cmpstr (voc_job_posting_get_title (posting), ==, "Principal Go Engineer");
  {
    g_autoptr(VocJobPosting) listed = dup_posting_at (window, 0);

    g_assert_cmpstr (voc_job_posting_get_title (listed), ==, "Principal Go Engineer");
  }
  jobs = voc_job_repository_new (voc_window_get_database (window));
  stored = voc_repository_find (VOC_REPOSITORY (jobs), VOC_TYPE_JOB_POSTING, ids[2], &error);
  g_assert_no_error (error);
  g_assert_cmpstr (voc_job_posting_get_title (stored), ==, "Principal Go Engineer");
  g_assert_cmpint (voc_job_posting_get_salary_max_cents (stored), ==, 12000000);
  g_assert_cmpint (voc_job_posting_get_salary_yearly_max_cents (stored), ==, 12000000);

  g_clear_object (&jobs);
  close_window (window);
}

static void
test_delete_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocDatabase) database = NULL;
  g_autoptr(VocJobRepository) jobs = NULL;
  g_autoptr(VocJobPosting) gone = NULL;
  AdwMessageDialog *dialog;
  VocJobsPage *page;
  AdwToast *toast;
  gint64 ids[3];
  VocWindow *window;

  if (skip_without_display ())
    return;

  window = open_window_with_postings (fixture, ids);
  page = jobs_page (window);
  jobs = voc_job_repository_new (voc_window_get_database (window));

#define N_LISTED() n_items (voc_jobs_page_get_model (page))
#define STORED(id) voc_repository_find (VOC_REPOSITORY (jobs), VOC_TYPE_JOB_POSTING, id, NULL)

  /* Delete, then Undo: back in the list, still in the database. */
  g_assert_true (voc_jobs_page_show_job (page, ids[0]));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "jobs.delete", NULL));
  g_assert_cmpstr (voc_jobs_page_get_view_name (page), ==, "browse");
  wait_listed (page);
  g_assert_cmpuint (N_LISTED (), ==, 2);
  toast = voc_jobs_page_get_undo_toast (page);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Job deleted");
  g_signal_emit_by_name (toast, "button-clicked");
  wait_listed (page);
  g_assert_cmpuint (N_LISTED (), ==, 3);
  adw_toast_dismiss (toast);
  g_assert_cmpuint (N_LISTED (), ==, 3);
  {
    g_autoptr(VocJobPosting) kept = STORED (ids[0]);

    g_assert_nonnull (kept);
  }

  /* Delete, and the toast goes away: deleted for good. */
  g_assert_true (voc_jobs_page_show_job (page, ids[0]));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "jobs.delete", NULL));
  wait_listed (page);
  g_assert_cmpuint (N_LISTED (), ==, 2);
  {
    g_autoptr(VocJobPosting) pending = STORED (ids[0]);

    g_assert_nonnull (pending);
  }
  adw_toast_dismiss (voc_jobs_page_get_undo_toast (page));
  gone = STORED (ids[0]);
  g_assert_null (gone);
  g_assert_cmpuint (N_LISTED (), ==, 2);

  /* A posting with an application asks first; Cancel keeps it. */
  g_assert_true (voc_jobs_page_show_job (page, ids[1]));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "jobs.delete", NULL));
  dialog = voc_jobs_page_get_confirm_dialog (page);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Staff Platform Engineer"));
  adw_message_dialog_response (dialog, "cancel");
  WAIT_FOR (voc_jobs_page_get_confirm_dialog (page) == NULL);
  g_assert_cmpuint (N_LISTED (), ==, 2);

  /* Delete it: gone from the list; closing the window deletes it, application and all. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "jobs.delete", NULL));
  dialog = voc_jobs_page_get_confirm_dialog (page);
  adw_message_dialog_response (dialog, "delete");
  WAIT_FOR (voc_jobs_page_get_confirm_dialog (page) == NULL);
  wait_listed (page);
  g_assert_cmpuint (N_LISTED (), ==, 1);

#undef STORED
#undef N_LISTED

  g_clear_object (&jobs);
  close_window (window);

  database = voc_database_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (voc_database_count (database, "job_posting", NULL), ==, 1);
  g_assert_cmpint (voc_database_count (database, "job_application", NULL), ==, 0);
}

static void
test_company_postings (Fixture       *fixture,
                       gconstpointer  data)
{
  VocCompaniesPage *page;
  GtkSingleSelection *selection;
  gint64 ids[3];
  VocWindow *window;

  if (skip_without_display ())
    return;

  window = open_window_with_postings (fixture, ids);
  page = VOC_COMPANIES_PAGE (voc_window_get_page (window, "companies"));
  show_page (window, "companies");
  WAIT_FOR (g_strcmp0 (page_state (window, "companies"), "list") == 0);

  /* By name: Acme, Kestrel Labs, Lumen Health; the first is selected. */
  selection = voc_companies_page_get_selection (page);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 0);
  g_assert_cmpuint (n_items (voc_companies_page_get_postings (page)), ==, 1);
  g_assert_cmpstr (voc_companies_page_get_postings_count (page), ==, "1 job");

  gtk_single_selection_set_selected (selection, 2);
  g_assert_cmpuint (n_items (voc_companies_page_get_postings (page)), ==, 1);
  {
    GListModel *postings = voc_companies_page_get_postings (page);
    g_autoptr(VocJobPosting) posting = g_list_model_get_item (postings, 0);

    g_assert_cmpstr (voc_job_posting_get_title (posting), ==, "Staff Platform Engineer");
  }

  /* A second job at Lumen Health shows up in its list. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(VocJobRepository) jobs = voc_job_repository_new (voc_window_get_database (window));
    g_autoptr(VocJobPosting) staff = voc_repository_find (VOC_REPOSITORY (jobs),
                                                          VOC_TYPE_JOB_POSTING, ids[1], &error);
    g_autoptr(VocJobPosting) posting = voc_job_posting_new ();

    g_assert_no_error (error);
    voc_job_posting_set_title (posting, "Security Engineer");
    voc_job_posting_set_company_id (posting, voc_job_posting_get_company_id (staff));
    voc_repository_insert (VOC_REPOSITORY (jobs), posting, &error);
    g_assert_no_error (error);
  }
  g_assert_cmpuint (n_items (voc_companies_page_get_postings (page)), ==, 2);
  g_assert_cmpstr (voc_companies_page_get_postings_count (page), ==, "2 jobs");

  /* Activating one shows it on the Jobs page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "win.show-job", "x", ids[1]));
  g_assert_cmpstr (voc_window_get_visible_page (window), ==, "jobs");
  g_assert_cmpstr (voc_jobs_page_get_view_name (jobs_page (window)), ==, "detail");

  close_window (window);
}

static GtkWidget *
create_label (gpointer item,
              gpointer user_data)
{
  return gtk_label_new (gtk_string_object_get_string (item));
}

static int
height_for_width (GtkWidget *widget,
                  int        width)
{
  int height = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, NULL, &height, NULL, NULL);
  return height;
}

/* The skills' box: one line when it is wide enough, more lines as it narrows, and the
 * children follow the model. */
static void
test_wrap_box (void)
{
  static const char *words[] = { "Rust", "Go", "PostgreSQL", "Kubernetes", "gRPC", "Python",
                                 NULL };
  g_autoptr(GtkStringList) model = gtk_string_list_new (words);
  GtkWidget *box;
  int minimum, natural, one_line, three_lines;
  guint n_children = 0;

  if (skip_without_display ())
    return;

  box = g_object_ref_sink (voc_wrap_box_new ());
  voc_wrap_box_set_spacing (VOC_WRAP_BOX (box), 8);
  voc_wrap_box_set_line_spacing (VOC_WRAP_BOX (box), 4);
  voc_wrap_box_bind_model (VOC_WRAP_BOX (box), G_LIST_MODEL (model), create_label, NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (box); child;
       child = gtk_widget_get_next_sibling (child))
    n_children++;
  g_assert_cmpuint (n_children, ==, 6);

  gtk_widget_measure (box, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, >, 0);
  g_assert_cmpint (natural, >, minimum);

  one_line = height_for_width (box, natural);
  three_lines = height_for_width (box, natural / 3);
  g_assert_cmpint (one_line, >, 0);
  g_assert_cmpint (three_lines, >=, 3 * one_line + 2 * 4);
  g_assert_cmpint (height_for_width (box, minimum), >=, three_lines);

  gtk_string_list_remove (model, 0);
  gtk_string_list_append (model, "Terraform");
  gtk_string_list_splice (model, 2, 0, (const char * const[]) { "Observability", NULL });
  n_children = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (box); child;
       child = gtk_widget_get_next_sibling (child))
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (G_LIST_MODEL (model), n_children);

      g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (child)), ==,
                       gtk_string_object_get_string (item));
      n_children++;
    }
  g_assert_cmpuint (n_children, ==, 7);

  voc_wrap_box_bind_model (VOC_WRAP_BOX (box), NULL, NULL, NULL);
  g_assert_null (gtk_widget_get_first_child (box));
  g_assert_finalize_object (box);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GSettings) background = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  have_display = (g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL) &&
                 gtk_init_check ();

  if (have_display)
    {
      adw_init ();

      app = voc_app_new ();
      g_application_set_flags (G_APPLICATION (app),
                               G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
      g_application_register (G_APPLICATION (app), NULL, &error);
      g_assert_no_error (error);

      /* Closed windows end here (running in the background would only hide them). */
      background = g_settings_new (APPLICATION_ID);
      g_settings_set_boolean (background, "run-in-background", FALSE);
    }

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/window/empty-database", test_empty_database);
  ADD ("/window/with-rows", test_with_rows);
  ADD ("/window/live-rows", test_live_rows);
  ADD ("/window/damaged-database", test_damaged_database);
  ADD ("/window/damaged-database-quit", test_damaged_database_quit);
  ADD ("/window/too-new-database", test_too_new_database);
  ADD ("/window/settings", test_settings);
  ADD ("/window/color-scheme", test_color_scheme);
  ADD ("/window/preferences-and-about", test_preferences);
  ADD ("/app/one-window-per-database", test_one_window_per_database);
  ADD ("/app/run-in-background", test_run_in_background);
  ADD ("/app/command-line-database", test_command_line_database);
  ADD ("/app/command-line-import", test_command_line_import);
  ADD ("/app/command-line-import-window", test_command_line_import_window);
  ADD ("/app/command-line-import-program", test_command_line_import_program);
  ADD ("/import/drop-files", test_drop_files);
  ADD ("/import/paste-text", test_paste_text);
  ADD ("/import/close-while-importing", test_close_while_importing);
  ADD ("/jobs/sorting", test_sorting);
  ADD ("/jobs/filters-and-search", test_filters_and_search);
  ADD ("/jobs/search-latest-wins", test_search_latest_wins);
  ADD ("/jobs/detail-edit", test_detail_edit);
  ADD ("/jobs/delete-undo", test_delete_undo);
  ADD ("/companies/postings", test_company_postings);
  g_test_add_func ("/app/command-line-version", test_command_line_version);
  g_test_add_func ("/wrap-box/layout", test_wrap_box);

#undef ADD

  status = g_test_run ();

  g_clear_object (&app);

  return status;
}
