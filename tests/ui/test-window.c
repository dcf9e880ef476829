/* test-window.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application driven in-process under Xvfb: a window on a temporary database, every page
 * with its list or its empty state, damaged files, the settings, the command line.
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "voc-app-private.h"
#include "voc-companies-page-private.h"
#include "voc-jobs-page-private.h"
#include "voc-pipeline-page-private.h"
#include "voc-preferences-window.h"
#include "voc-repositories.h"
#include "voc-resume-page-private.h"
#include "voc-window-private.h"
#include "voc-wrap-box.h"

static gboolean have_display;
static VocApp *app;

#define WAIT_FOR(condition)                                                              \
  G_STMT_START                                                                           \
  {                                                                                      \
    gint64 wait_deadline_ = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;               \
    while (!(condition))                                                                 \
      {                                                                                  \
        if (g_get_monotonic_time () > wait_deadline_)                                    \
          g_error ("Timed out waiting for %s", #condition);                              \
        if (!g_main_context_iteration (NULL, FALSE))                                     \
          g_usleep (1000);                                                               \
      }                                                                                  \
  }                                                                                      \
  G_STMT_END

typedef struct
{
  char      *dir;
  char      *path;
  GSettings *settings;
} Fixture;

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
      g_assert_cmpstr (page_state (window, pages[i]), ==, "empty");
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
  g_assert_cmpstr (page_state (window, "jobs"), ==, "empty");

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
  g_assert_cmpstr (page_state (window, "jobs"), ==, "empty");

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
  ADD ("/app/command-line-database", test_command_line_database);
  g_test_add_func ("/app/command-line-version", test_command_line_version);
  g_test_add_func ("/wrap-box/layout", test_wrap_box);

#undef ADD

  status = g_test_run ();

  g_clear_object (&app);

  return status;
}
