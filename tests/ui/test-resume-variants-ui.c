/* test-resume-variants-ui.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The variant editor driven in-process under Xvfb, on a temporary database with a library of
 * six roles: a variant created, a tag excluded (the compiled document and the preview
 * follow), a page budget, saved as a sent version (through its dialog too), exported to PDF
 * and Markdown (the file set through the test hook instead of the native chooser), export
 * errors, rename, duplicate, delete with undo, and an edit of the library recompiling it.
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "voc-database-private.h"
#include "voc-repositories.h"
#include "voc-resume-variants-private.h"
#include "voc-ui-test.h"

static gboolean have_display;

static void
iterate_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
}

static gint64
query_int (VocDatabase *database,
           const char  *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (voc_database_get_handle (database), sql, -1, &stmt, NULL),
                   ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static char *
query_text (VocDatabase *database,
            const char  *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (voc_database_get_handle (database), sql, -1, &stmt, NULL),
                   ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

/* Six roles of six bullets; the last bullet of each is tagged "legacy". */
static void
fill_library (VocDatabase *database)
{
  g_autoptr(VocResumeRepository) resume = voc_resume_repository_new (database);
  g_autoptr(VocProfile) profile = voc_resume_repository_dup_profile (resume, NULL);
  g_autoptr(GError) error = NULL;

  voc_profile_set_full_name (profile, "Ada Quill");
  voc_profile_set_email (profile, "ada@example.org");
  g_assert_true (voc_repository_update (VOC_REPOSITORY (resume), profile, &error));
  g_assert_no_error (error);

  for (guint e = 0; e < 6; e++)
    {
      g_autoptr(VocExperience) experience = voc_experience_new ();
      g_autofree char *employer = g_strdup_printf ("Employer %u", e);
      g_autofree char *start = g_strdup_printf ("%u-03", 2020 - 3 * e);

      voc_experience_set_employer (experience, employer);
      voc_experience_set_title (experience, "Backend Engineer");
      voc_experience_set_start_date (experience, start);
      voc_experience_set_position (experience, e);
      g_assert_true (voc_repository_insert (VOC_REPOSITORY (resume), experience, &error));
      g_assert_no_error (error);

      for (guint b = 0; b < 6; b++)
        {
          g_autoptr(VocBullet) bullet = voc_bullet_new ();
          g_autofree char *text = NULL;

          if (b == 5)
            text = g_strdup_printf ("Kept the legacy mainframe %u alive through three audits "
                                    "and a migration nobody else wanted to touch", e);
          else
            text = g_strdup_printf ("Built service %u.%u that moved the numbers for the team, "
                                    "measured over a year with the people who used it", e, b);
          voc_bullet_set_experience_id (bullet, voc_entity_get_id (VOC_ENTITY (experience)));
          voc_bullet_set_text (bullet, text);
          voc_bullet_set_tags (bullet, b == 5 ? "[\"legacy\"]" : "[\"backend\", \"Go\"]");
          voc_bullet_set_importance (bullet, 5 - (b % 5));
          voc_bullet_set_position (bullet, b);
          g_assert_true (voc_repository_insert (VOC_REPOSITORY (resume), bullet, &error));
          g_assert_no_error (error);
        }
    }
}

static char *
compiled_text (VocResumeVariants *window)
{
  VocResumeBuild *build = voc_resume_variants_get_build (window);
  g_autoptr(JsonNode) node = NULL;

  if (build == NULL)
    return g_strdup ("");
  node = json_node_init_object (json_node_alloc (), voc_resume_build_get_resume (build));
  return json_to_string (node, FALSE);
}

static gboolean
compiled_has (VocResumeVariants *window,
              const char        *text)
{
  g_autofree char *json = compiled_text (window);

  return strstr (json, text) != NULL;
}

#define IDLE(window) (!voc_resume_variants_get_busy (window) && \
                      voc_resume_variants_get_build (window) != NULL)

static guint
n_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

static void
test_editor (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(VocDatabase) database = NULL;
  VocResumeVariants *window;
  VocResumePreview *preview;
  guint all_pages;

  if (!have_display)
    {
      g_test_skip ("No display (DISPLAY or WAYLAND_DISPLAY) to open windows on");
      return;
    }

  dir = g_dir_make_tmp ("vocation-variants-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "test.db", NULL);
  database = voc_database_open (path, &error);
  g_assert_no_error (error);
  fill_library (database);

  window = voc_resume_variants_new (database);
  gtk_window_present (GTK_WINDOW (window));
  preview = voc_resume_variants_get_preview (window);
  iterate_for (200);

  /* No variant yet: the empty state; nothing to export. */
  g_assert_cmpuint (g_list_model_get_n_items (voc_resume_variants_get_variants (window)), ==, 0);
  g_assert_null (voc_resume_variants_get_variant (window));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (window), "variants.export", NULL) &&
                  voc_resume_variants_get_exporting (window));

  /* New Variant: every bullet, more than one page in the preview. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "variants.add", NULL));
  WAIT_FOR (voc_resume_variants_get_variant (window) != NULL && IDLE (window) &&
            voc_resume_preview_get_n_pages (preview) > 0);
  g_assert_cmpstr (voc_resume_version_get_name (voc_resume_variants_get_variant (window)), ==,
                   "Variant 1");
  g_assert_cmpint (query_int (database, "SELECT count(*) FROM resume_version WHERE "
                                        "kind = 'variant' AND frozen = 0"), ==, 1);
  g_assert_true (compiled_has (window, "legacy mainframe 3"));
  all_pages = voc_resume_preview_get_n_pages (preview);
  g_assert_cmpuint (all_pages, >=, 2);
  g_assert_cmpuint (all_pages, ==, voc_resume_build_get_n_pages (voc_resume_variants_get_build (window)));
  g_assert_nonnull (voc_resume_preview_get_texture (preview, all_pages - 1));

  /* Pages drawn as they print: A4's proportions, then Letter's when the paper changes. */
  {
    GdkTexture *texture = voc_resume_preview_get_texture (preview, 0);

    g_assert_cmpfloat_with_epsilon ((double) gdk_texture_get_height (texture) /
                                    gdk_texture_get_width (texture), 842.0 / 595.0, 0.01);
    adw_combo_row_set_selected (voc_resume_variants_get_paper_row (window), 1);
    WAIT_FOR (IDLE (window) &&
              voc_resume_build_get_paper (voc_resume_variants_get_build (window)) ==
                VOC_PAPER_LETTER);
    texture = voc_resume_preview_get_texture (preview, 0);
    g_assert_cmpfloat_with_epsilon ((double) gdk_texture_get_height (texture) /
                                    gdk_texture_get_width (texture), 792.0 / 612.0, 0.01);
    adw_combo_row_set_selected (voc_resume_variants_get_paper_row (window), 0);
    WAIT_FOR (IDLE (window) &&
              voc_resume_build_get_paper (voc_resume_variants_get_build (window)) ==
                VOC_PAPER_A4);
    g_assert_cmpuint (voc_resume_preview_get_n_pages (preview), ==, all_pages);
  }

  /* Page navigation. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.next", NULL));
  g_assert_cmpuint (voc_resume_preview_get_page (preview), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (preview), "preview.previous", NULL));
  g_assert_cmpuint (voc_resume_preview_get_page (preview), ==, 0);

  /* The tag entries complete from the tags of the library's bullets. */
  {
    GtkEntryCompletion *completion =
      gtk_entry_get_completion (GTK_ENTRY (voc_resume_variants_get_tag_entry (window, TRUE)));
    GtkTreeModel *model = gtk_entry_completion_get_model (completion);
    g_autoptr(GString) offered = g_string_new (NULL);
    GtkTreeIter iter;
    gboolean valid;

    for (valid = gtk_tree_model_get_iter_first (model, &iter); valid;
         valid = gtk_tree_model_iter_next (model, &iter))
      {
        g_autofree char *tag = NULL;

        gtk_tree_model_get (model, &iter, 0, &tag, -1);
        g_string_append_printf (offered, "%s%s", offered->len > 0 ? "," : "", tag);
      }
    g_assert_cmpstr (offered->str, ==, "backend,Go,legacy");
  }

  /* Exclude a tag, typed in the entry: a chip, the rule saved, the document without it. */
  gtk_editable_set_text (voc_resume_variants_get_tag_entry (window, TRUE), "legacy");
  g_signal_emit_by_name (voc_resume_variants_get_tag_entry (window, TRUE), "activate");
  g_assert_cmpuint (n_children (voc_resume_variants_get_tag_chips (window, TRUE)), ==, 1);
  WAIT_FOR (IDLE (window) && !compiled_has (window, "legacy mainframe"));
  {
    g_autofree char *rules = query_text (database, "SELECT rules FROM resume_version");

    g_assert_cmpstr (rules, ==, "{\"exclude_tags\":[\"legacy\"]}");
  }
  g_assert_true (compiled_has (window, "Built service 3.1"));

  /* A page budget of one: the preview has one page, and says what was left out. */
  adw_combo_row_set_selected (voc_resume_variants_get_budget_row (window), 1);
  WAIT_FOR (IDLE (window) && voc_resume_preview_get_n_pages (preview) == 1 &&
            voc_resume_build_get_page_budget (voc_resume_variants_get_build (window)) == 1);
  g_assert_cmpuint (voc_resume_build_get_n_pages (voc_resume_variants_get_build (window)), ==, 1);
  g_assert_nonnull (strstr (gtk_label_get_label (voc_resume_variants_get_status_label (window)),
                            "left out"));
  /* Facts stay: all six roles. */
  for (guint e = 0; e < 6; e++)
    {
      g_autofree char *employer = g_strdup_printf ("\"Employer %u\"", e);

      g_assert_true (compiled_has (window, employer));
    }

  /* Save as Sent Version, by the hook and by its dialog: rows that keep the document. */
  {
    g_autoptr(VocResumeVersion) version = voc_resume_variants_freeze (window, "Sent to Globex");
    g_autoptr(JsonNode) sections = NULL;
    AdwMessageDialog *dialog;

    g_assert_nonnull (version);
    g_assert_cmpint (query_int (database, "SELECT count(*) FROM resume_version WHERE "
                                          "frozen = 1 AND name = 'Sent to Globex'"), ==, 1);
    sections = json_from_string (voc_resume_version_get_sections (version), &error);
    g_assert_no_error (error);
    g_assert_cmpuint (voc_resume_layout_count_pages (json_node_get_object (sections), NULL,
                                                     VOC_PAPER_A4), ==, 1);
    g_assert_null (strstr (voc_resume_version_get_sections (version), "legacy mainframe"));

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "variants.freeze", NULL));
    dialog = voc_resume_variants_get_dialog (window);
    g_assert_nonnull (dialog);
    gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)),
                           "Sent to Initech");
    adw_message_dialog_response (dialog, "save");
    iterate_for (100);
    g_assert_cmpint (query_int (database, "SELECT count(*) FROM resume_version WHERE "
                                          "frozen = 1 AND name = 'Sent to Initech' AND "
                                          "parent_id IS NOT NULL"), ==, 1);
    /* Sent versions are not variants to edit. */
    g_assert_cmpuint (g_list_model_get_n_items (voc_resume_variants_get_variants (window)), ==,
                      1);
  }

  /* Export to PDF and Markdown, off the main thread, with a toast to open the file. */
  {
    g_autofree char *pdf = g_build_filename (dir, "Variant.pdf", NULL);
    g_autofree char *md = g_build_filename (dir, "Variant.md", NULL);
    g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf);
    g_autoptr(GFile) md_file = g_file_new_for_path (md);
    g_autofree char *contents = NULL;
    gsize length = 0;

    voc_resume_variants_export (window, pdf_file);
    g_assert_true (voc_resume_variants_get_exporting (window));
    WAIT_FOR (!voc_resume_variants_get_exporting (window));
    g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
    g_assert_true (g_str_has_prefix (contents, "%PDF-"));
    g_assert_nonnull (voc_resume_variants_get_toast (window));
    g_assert_cmpstr (adw_toast_get_title (voc_resume_variants_get_toast (window)), ==,
                     "Exported “Variant.pdf”");
    g_assert_cmpstr (adw_toast_get_button_label (voc_resume_variants_get_toast (window)), ==,
                     "_Open");
    g_clear_pointer (&contents, g_free);

    voc_resume_variants_export (window, md_file);
    WAIT_FOR (!voc_resume_variants_get_exporting (window));
    g_assert_true (g_file_get_contents (md, &contents, NULL, NULL));
    g_assert_nonnull (strstr (contents, "Ada Quill"));
    g_assert_nonnull (strstr (contents, "Employer 5"));
    g_assert_null (strstr (contents, "legacy mainframe"));
  }

  /* Export errors: a folder that does not exist, a name without a format. Nothing written. */
  {
    g_autofree char *missing = g_build_filename (dir, "no-such-folder", "Variant.pdf", NULL);
    g_autofree char *odt = g_build_filename (dir, "Variant.odt", NULL);
    g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
    g_autoptr(GFile) odt_file = g_file_new_for_path (odt);
    AdwMessageDialog *dialog;

    voc_resume_variants_export (window, missing_file);
    WAIT_FOR (!voc_resume_variants_get_exporting (window));
    dialog = voc_resume_variants_get_dialog (window);
    g_assert_nonnull (dialog);
    g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Export");
    g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Variant.pdf"));
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
    gtk_window_destroy (GTK_WINDOW (dialog));

    voc_resume_variants_export (window, odt_file);
    dialog = voc_resume_variants_get_dialog (window);
    g_assert_nonnull (dialog);
    g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), ".pdf"));
    g_assert_false (voc_resume_variants_get_exporting (window));
    g_assert_false (g_file_test (odt, G_FILE_TEST_EXISTS));
    gtk_window_destroy (GTK_WINDOW (dialog));
  }

  /* Rename, then duplicate: a second variant with the same rules. */
  g_assert_false (voc_resume_variants_rename (window, "   "));
  g_assert_true (voc_resume_variants_rename (window, "Data roles"));
  g_assert_cmpint (query_int (database, "SELECT count(*) FROM resume_version WHERE "
                                        "name = 'Data roles' AND frozen = 0"), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "variants.duplicate", NULL));
  WAIT_FOR (IDLE (window));
  g_assert_cmpuint (g_list_model_get_n_items (voc_resume_variants_get_variants (window)), ==, 2);
  g_assert_cmpstr (voc_resume_version_get_name (voc_resume_variants_get_variant (window)), ==,
                   "Data roles (Copy)");
  {
    g_autofree char *rules = query_text (database, "SELECT rules FROM resume_version WHERE "
                                                   "name = 'Data roles (Copy)'");

    g_assert_nonnull (strstr (rules, "\"exclude_tags\":[\"legacy\"]"));
    g_assert_nonnull (strstr (rules, "\"page_budget\":1"));
  }

  /* Delete with undo: gone from the list at once, back with Undo; deleted for good when the
   * toast goes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "variants.delete", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (voc_resume_variants_get_variants (window)), ==, 1);
  /* As a click does: the button, then the toast goes. */
  g_signal_emit_by_name (voc_resume_variants_get_toast (window), "button-clicked");
  adw_toast_dismiss (voc_resume_variants_get_toast (window));
  g_assert_cmpuint (g_list_model_get_n_items (voc_resume_variants_get_variants (window)), ==, 2);
  g_assert_true (voc_resume_variants_select (window,
    query_int (database, "SELECT id FROM resume_version WHERE name = 'Data roles (Copy)'")));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "variants.delete", NULL));
  adw_toast_dismiss (voc_resume_variants_get_toast (window));
  iterate_for (100);
  g_assert_cmpint (query_int (database, "SELECT count(*) FROM resume_version WHERE "
                                        "kind = 'variant' AND frozen = 0"), ==, 1);
  WAIT_FOR (IDLE (window));
  g_assert_cmpstr (voc_resume_version_get_name (voc_resume_variants_get_variant (window)), ==,
                   "Data roles");

  /* An experience left out by its checkbox; the library edited elsewhere: compiled again. */
  gtk_check_button_set_active (voc_resume_variants_get_experience_check (window, 0), FALSE);
  WAIT_FOR (IDLE (window) && !compiled_has (window, "Employer 0"));
  {
    g_autoptr(VocResumeRepository) resume = voc_resume_repository_new (database);
    g_autoptr(VocBullet) bullet = voc_bullet_new ();
    gint64 experience_id = query_int (database, "SELECT id FROM experience WHERE "
                                                "employer = 'Employer 1'");

    voc_bullet_set_experience_id (bullet, experience_id);
    voc_bullet_set_text (bullet, "Won the reliability award");
    voc_bullet_set_importance (bullet, 5);
    voc_bullet_set_position (bullet, 6);
    g_assert_true (voc_repository_insert (VOC_REPOSITORY (resume), bullet, &error));
    g_assert_no_error (error);
  }
  WAIT_FOR (IDLE (window) && compiled_has (window, "Won the reliability award"));

  /* Sections by switch. */
  gtk_switch_set_active (voc_resume_variants_get_section_switch (window, "work"), FALSE);
  WAIT_FOR (IDLE (window) && !compiled_has (window, "\"work\""));

  /* Close: the window goes with everything it started. */
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  iterate_for (100);
  g_assert_finalize_object (window);

  g_assert_finalize_object (g_steal_pointer (&database));
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  have_display = (g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL) &&
                 gtk_init_check ();
  if (have_display)
    adw_init ();

  g_test_add_func ("/resume-variants-ui/editor", test_editor);

  return g_test_run ();
}
