/* voc-job-detail.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-job-detail"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "voc-ai-analysis-view.h"
#include "voc-application-create.h"
#include "voc-fit-view.h"
#include "voc-format.h"
#include "voc-job-detail-private.h"
#include "voc-wrap-box.h"

/*
 * One job posting: its parsed fields, the skills it asks for as chips, its sections in order,
 * the text extracted from the document, and the original document itself, which opens in the
 * application the desktop chooses for its type. Edit swaps in the form (VocJobEditor), which
 * works on a copy; the posting shown here changes only when the form is saved, and then every
 * field follows its notifications.
 */

struct _VocJobDetail
{
  AdwBin             parent_instance;

  /* Template widgets */
  GtkStack          *stack;
  GtkWidget         *back_button;
  GtkWidget         *edit_button;
  GtkLabel          *toolbar_title;
  GtkScrolledWindow *scrolled_window;
  GtkLabel          *title_label;
  GtkLabel          *company_label;
  VocWrapBox        *facts_box;
  GtkLabel          *origin_label;
  GtkLinkButton     *url_button;
  VocFitView        *fit_view;
  GtkWidget         *skills_group;
  VocWrapBox        *skills_box;
  VocAiAnalysisView *ai_analysis_view;
  GtkBox            *sections_box;
  GtkWidget         *text_expander;
  GtkLabel          *text_label;
  VocJobEditor      *editor;

  VocJobRepository  *repository;
  VocJobPosting     *posting;
  GSignalGroup      *posting_signals;
  GtkStringList     *facts;
  GHashTable        *fact_kinds;       /* text → what it is ("Salary") */
  GtkStringList     *skill_names;
  GHashTable        *skill_flags;      /* name → flags */
  char              *sections_json;    /* what the sections box shows */
  char              *skills_json;      /* what the skills box shows */
  char              *text;
  guint              n_sections;
  GCancellable      *cancellable;
};

G_DEFINE_FINAL_TYPE (VocJobDetail, voc_job_detail, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_REPOSITORY,
  PROP_POSTING,
  PROP_EDITING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_toast (VocJobDetail *self,
            const char   *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  /* Toast titles are Pango markup in libadwaita 1.2. */
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
  else
    g_message ("%s", text);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (; *text; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;

  return TRUE;
}

/* A fact of the posting (where, how, how much) as a chip, with what it is in its tooltip. */
static GtkWidget *
create_fact_chip (gpointer item,
                  gpointer user_data)
{
  VocJobDetail *self = user_data;
  const char *text = gtk_string_object_get_string (item);
  const char *kind = g_hash_table_lookup (self->fact_kinds, text);
  GtkWidget *chip = gtk_label_new (text);

  gtk_label_set_ellipsize (GTK_LABEL (chip), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (chip), 40);
  gtk_label_set_selectable (GTK_LABEL (chip), FALSE);
  gtk_widget_set_halign (chip, GTK_ALIGN_START);
  gtk_widget_add_css_class (chip, "fact-chip");
  if (g_strcmp0 (kind, C_("fact", "Salary")) == 0)
    gtk_widget_add_css_class (chip, "salary");

  gtk_widget_set_tooltip_text (chip, kind);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chip),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, kind,
                                  -1);
  return chip;
}

static void
add_fact (GPtrArray  *texts,
          GHashTable *kinds,
          const char *text,
          const char *kind)
{
  /* "Remote" as the place and as the mode is said once. */
  if (is_blank (text) || g_hash_table_contains (kinds, text))
    return;

  g_hash_table_insert (kinds, g_strdup (text), (gpointer) kind);
  g_ptr_array_add (texts, g_strdup (text));
}

static void
update_facts (VocJobDetail  *self,
              VocJobPosting *posting)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *salary = NULL;

  /* The chips are made when the texts are spliced in: the kinds must be in place first. */
  gtk_string_list_splice (self->facts, 0, g_list_model_get_n_items (G_LIST_MODEL (self->facts)),
                          NULL);
  g_hash_table_remove_all (self->fact_kinds);

  if (posting != NULL)
    {
      salary = voc_format_salary (voc_job_posting_get_salary_min_cents (posting),
                                  voc_job_posting_get_salary_max_cents (posting),
                                  voc_job_posting_get_salary_currency (posting),
                                  voc_job_posting_get_salary_period (posting));

      add_fact (texts, self->fact_kinds, voc_job_posting_get_location (posting),
                C_("fact", "Location"));
      add_fact (texts, self->fact_kinds,
                voc_format_remote_mode (voc_job_posting_get_remote_mode (posting)),
                C_("fact", "Remote work"));
      add_fact (texts, self->fact_kinds,
                voc_format_employment_type (voc_job_posting_get_employment_type (posting)),
                C_("fact", "Employment type"));
      add_fact (texts, self->fact_kinds,
                voc_format_seniority (voc_job_posting_get_seniority (posting)),
                C_("fact", "Seniority"));
      add_fact (texts, self->fact_kinds, salary, C_("fact", "Salary"));
    }

  g_ptr_array_add (texts, NULL);
  gtk_string_list_splice (self->facts, 0, 0, (const char * const *) texts->pdata);
  gtk_widget_set_visible (GTK_WIDGET (self->facts_box), texts->len > 1);
}

static GtkWidget *
create_skill_chip (gpointer item,
                   gpointer user_data)
{
  VocJobDetail *self = user_data;
  const char *name = gtk_string_object_get_string (item);
  guint flags = GPOINTER_TO_UINT (g_hash_table_lookup (self->skill_flags, name));
  GtkWidget *chip = gtk_label_new (name);
  const char *kind;

  gtk_label_set_ellipsize (GTK_LABEL (chip), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (chip), 30);
  gtk_widget_set_halign (chip, GTK_ALIGN_START);
  gtk_widget_add_css_class (chip, "skill-chip");

  if (flags & VOC_JOB_SKILL_REQUIRED)
    {
      gtk_widget_add_css_class (chip, "required");
      kind = C_("skill", "Required");
    }
  else if (flags & VOC_JOB_SKILL_NICE_TO_HAVE)
    {
      gtk_widget_add_css_class (chip, "nice-to-have");
      kind = C_("skill", "Nice to have");
    }
  else
    kind = C_("skill", "Mentioned");

  gtk_widget_set_tooltip_text (chip, kind);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chip),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, kind,
                                  -1);
  return chip;
}

static JsonArray *
parse_array (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  if (json == NULL || *json == '\0')
    return NULL;

  if (!json_parser_load_from_data (parser, json, -1, &error))
    {
      g_debug ("Cannot read %s: %s", json, error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_ARRAY (root))
    return NULL;

  return json_array_ref (json_node_get_array (root));
}

/* The AI analysis marks the capabilities that the local parser did not find. */
static void
update_ai_local_skills (VocJobDetail *self)
{
  g_autofree const char **names = NULL;

  names = (const char **) g_hash_table_get_keys_as_array (self->skill_flags, NULL);
  voc_ai_analysis_view_set_local_skills (self->ai_analysis_view, names);
}

/* Required skills first, then the ones only mentioned, then the nice-to-haves, each in the
 * posting's order. */
static void
update_skills (VocJobDetail *self,
               const char   *json)
{
  g_autoptr(JsonArray) array = NULL;
  GPtrArray *groups[3];

  if (self->skills_json != NULL && g_strcmp0 (self->skills_json, json) == 0)
    return;

  g_free (self->skills_json);
  self->skills_json = g_strdup (json);

  g_hash_table_remove_all (self->skill_flags);
  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    groups[i] = g_ptr_array_new ();

  array = parse_array (json);
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *object;
      const char *name;
      guint flags = 0;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;

      object = json_node_get_object (node);
      name = json_object_get_string_member_with_default (object, "name", NULL);
      if (is_blank (name) || g_hash_table_contains (self->skill_flags, name))
        continue;

      if (json_object_get_boolean_member_with_default (object, "required", FALSE))
        flags |= VOC_JOB_SKILL_REQUIRED;
      else if (json_object_get_boolean_member_with_default (object, "nice_to_have", FALSE))
        flags |= VOC_JOB_SKILL_NICE_TO_HAVE;

      g_hash_table_insert (self->skill_flags, g_strdup (name), GUINT_TO_POINTER (flags));
      g_ptr_array_add (groups[flags & VOC_JOB_SKILL_REQUIRED ? 0 :
                              flags & VOC_JOB_SKILL_NICE_TO_HAVE ? 2 : 1],
                       (gpointer) name);
    }

  /* The chips are made when the names are spliced in: the flags must be in place first. */
  gtk_string_list_splice (self->skill_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->skill_names)), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    {
      g_ptr_array_add (groups[i], NULL);
      gtk_string_list_splice (self->skill_names,
                              g_list_model_get_n_items (G_LIST_MODEL (self->skill_names)), 0,
                              (const char * const *) groups[i]->pdata);
      g_ptr_array_unref (groups[i]);
    }

  gtk_widget_set_visible (self->skills_group,
                          g_list_model_get_n_items (G_LIST_MODEL (self->skill_names)) > 0);
  update_ai_local_skills (self);
}

static GtkWidget *
create_section (const char *kind,
                const char *heading,
                const char *text)
{
  const char *kind_name = voc_format_section_kind (kind);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = NULL;
  GtkWidget *body;

  gtk_widget_add_css_class (box, "job-section");

  if (is_blank (heading))
    heading = kind_name;

  if (!is_blank (heading))
    {
      g_autofree char *folded_heading = NULL;
      g_autofree char *folded_kind = NULL;
      GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                       "label", heading,
                                       "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                       NULL);

      header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_add_css_class (label, "heading");
      gtk_box_append (GTK_BOX (header), label);
      gtk_box_append (GTK_BOX (box), header);

      /* The kind the parser found, when the heading does not already say it. */
      folded_heading = g_utf8_casefold (heading, -1);
      folded_kind = g_utf8_casefold (kind_name, -1);
      if (*kind_name != '\0' && g_strcmp0 (folded_heading, folded_kind) != 0)
        {
          GtkWidget *tag = gtk_label_new (kind_name);

          gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (tag, "section-kind");
          gtk_box_append (GTK_BOX (header), tag);
        }
    }

  body = gtk_label_new (text != NULL ? text : "");
  gtk_label_set_xalign (GTK_LABEL (body), 0);
  gtk_label_set_wrap (GTK_LABEL (body), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (body), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (body), TRUE);
  gtk_box_append (GTK_BOX (box), body);

  return box;
}

static void
update_sections (VocJobDetail *self,
                 const char   *json)
{
  g_autoptr(JsonArray) array = NULL;
  GtkWidget *child;

  if (self->sections_json != NULL && g_strcmp0 (self->sections_json, json) == 0)
    return;

  g_free (self->sections_json);
  self->sections_json = g_strdup (json);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->sections_box))) != NULL)
    gtk_box_remove (self->sections_box, child);
  self->n_sections = 0;

  array = parse_array (json);
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *object;
      const char *text;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;

      object = json_node_get_object (node);
      text = json_object_get_string_member_with_default (object, "text", NULL);
      if (is_blank (text))
        continue;

      gtk_box_append (self->sections_box,
                      create_section (json_object_get_string_member_with_default (object, "kind",
                                                                                 NULL),
                                      json_object_get_string_member_with_default (object,
                                                                                 "heading", NULL),
                                      text));
      self->n_sections++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->sections_box), self->n_sections > 0);
}

static void
update_text (VocJobDetail *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->text, g_free);

  if (self->posting != NULL && self->repository != NULL &&
      voc_entity_get_id (VOC_ENTITY (self->posting)) > 0)
    {
      self->text = voc_job_repository_dup_text (self->repository,
                                                voc_entity_get_id (VOC_ENTITY (self->posting)),
                                                TRUE, &error);
      if (error != NULL)
        g_debug ("No text for the posting: %s", error->message);
    }

  gtk_label_set_label (self->text_label, self->text != NULL ? self->text : "");
  gtk_widget_set_visible (self->text_expander, !is_blank (self->text));
  voc_ai_analysis_view_set_posting (self->ai_analysis_view,
                                    self->posting != NULL
                                      ? voc_entity_get_id (VOC_ENTITY (self->posting)) : 0,
                                    self->text);
}

static void
update (VocJobDetail *self)
{
  VocJobPosting *posting = self->posting;
  g_autofree char *added = NULL;
  g_autofree char *origin = NULL;
  const char *url;

  if (posting == NULL)
    {
      gtk_label_set_label (self->title_label, "");
      gtk_label_set_label (self->toolbar_title, "");
      gtk_label_set_label (self->company_label, "");
      update_facts (self, NULL);
      update_skills (self, NULL);
      update_sections (self, NULL);
      return;
    }

  gtk_label_set_label (self->title_label, voc_job_posting_get_title (posting));
  gtk_label_set_label (self->toolbar_title, voc_job_posting_get_title (posting));
  gtk_label_set_label (self->company_label, voc_job_posting_get_company_name (posting));
  gtk_widget_set_visible (GTK_WIDGET (self->company_label),
                          !is_blank (voc_job_posting_get_company_name (posting)));

  update_facts (self, posting);

  added = voc_format_date (voc_entity_get_created_at (VOC_ENTITY (posting)), NULL);
  /* TRANSLATORS: where a posting came from ("Web Page", "File", …) and when it was added */
  origin = g_strdup_printf (_("Source: %s · Added: %s"),
                            voc_format_posting_source (voc_job_posting_get_source (posting)),
                            added);
  if (voc_entity_get_id (VOC_ENTITY (posting)) > 0)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                 voc_entity_get_id (VOC_ENTITY (posting)));
      char *with_number;

      /* TRANSLATORS: the origin line, then the job's number, which `vocation --fit` and
       * `--for-job` take */
      with_number = g_strdup_printf (_("%s · Job %s"), origin, number);
      g_free (origin);
      origin = with_number;
    }
  gtk_label_set_label (self->origin_label, origin);

  url = voc_job_posting_get_url (posting);
  gtk_widget_set_visible (GTK_WIDGET (self->url_button), !is_blank (url));
  if (!is_blank (url))
    {
      GtkWidget *label;

      gtk_link_button_set_uri (self->url_button, url);
      gtk_button_set_label (GTK_BUTTON (self->url_button), url);
      /* Long addresses end in an ellipsis rather than widening the page. */
      label = gtk_button_get_child (GTK_BUTTON (self->url_button));
      if (GTK_IS_LABEL (label))
        {
          gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
          gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
        }
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->url_button), url);
    }

  update_skills (self, voc_job_posting_get_skills (posting));
  update_sections (self, voc_job_posting_get_sections (posting));
}

static void
on_posting_notify_cb (VocJobDetail *self,
                      GParamSpec   *pspec,
                      GObject      *posting)
{
  update (self);
}

static void
on_vadjustment_value_changed_cb (VocJobDetail  *self,
                                 GtkAdjustment *adjustment)
{
  /* The title moves up to the bar once the big one has scrolled away. */
  gtk_widget_set_opacity (GTK_WIDGET (self->toolbar_title),
                          gtk_adjustment_get_value (adjustment) > 48 ? 1.0 : 0.0);
}

static void
set_editing (VocJobDetail *self,
             gboolean      editing)
{
  gtk_stack_set_visible_child_name (self->stack, editing ? "edit" : "view");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITING]);
}

static void
on_editor_finished_cb (VocJobDetail *self,
                       gboolean      saved,
                       VocJobEditor *editor)
{
  set_editing (self, FALSE);
  gtk_widget_grab_focus (self->edit_button);

  if (saved)
    show_toast (self, _("Changes saved"));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VocJobDetail *self = VOC_JOB_DETAIL (widget);

  if (self->posting == NULL || self->repository == NULL)
    return;

  voc_job_editor_edit (self->editor, self->repository, self->posting);
  set_editing (self, TRUE);
  gtk_widget_child_focus (GTK_WIDGET (self->editor), GTK_DIR_TAB_FORWARD);
}

/* Opening the original: its bytes from the database, into a file named after the job in
 * the cache folder, opened by the desktop's application for its type. */

typedef struct
{
  GFile  *file;
  GBytes *bytes;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_free (data);
}

static void
on_original_written_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SaveData *data = g_task_get_task_data (task);
  GError *error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, g_object_ref (data->file), g_object_unref);
}

void
voc_job_detail_save_original_async (VocJobDetail        *self,
                                    GFile               *folder,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) dir = NULL;
  g_autofree char *media_type = NULL;
  g_autofree char *name = NULL;
  g_autofree char *id = NULL;
  SaveData *data;
  gint64 posting_id;

  g_return_if_fail (VOC_IS_JOB_DETAIL (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, voc_job_detail_save_original_async);

  if (self->posting == NULL || self->repository == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("No job is shown"));
      return;
    }

  posting_id = voc_entity_get_id (VOC_ENTITY (self->posting));
  bytes = voc_job_repository_dup_original (self->repository, posting_id, &media_type, &error);
  if (bytes == NULL)
    {
      if (error != NULL)
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                                 _("No original document was kept for this job"));
      return;
    }

  /* A folder per posting keeps the file name the job's title, which the opening
   * application shows, without two jobs of the same title overwriting each other. */
  id = g_strdup_printf ("%" G_GINT64_FORMAT, posting_id);
  if (folder != NULL)
    dir = g_file_get_child (folder, id);
  else
    {
      g_autofree char *path = g_build_filename (g_get_user_cache_dir (), "vocation", "originals",
                                                id, NULL);

      dir = g_file_new_for_path (path);
    }

  if (!g_file_make_directory_with_parents (dir, cancellable, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  name = voc_format_file_name (voc_job_posting_get_title (self->posting), media_type);
  data = g_new0 (SaveData, 1);
  data->file = g_file_get_child (dir, name);
  data->bytes = g_steal_pointer (&bytes);
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);

  g_file_replace_contents_bytes_async (data->file, data->bytes, NULL, FALSE,
                                       G_FILE_CREATE_REPLACE_DESTINATION, cancellable,
                                       on_original_written_cb, g_object_ref (task));
}

/**
 * voc_job_detail_save_original_finish:
 *
 * Returns: (transfer full): the file written
 */
GFile *
voc_job_detail_save_original_finish (VocJobDetail  *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
on_original_launched_cb (GObject      *object,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(VocJobDetail) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *message = g_strdup_printf (_("Cannot open the original: %s"),
                                                  error->message);

      show_toast (self, message);
    }
}

static void
on_original_saved_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  VocJobDetail *self = VOC_JOB_DETAIL (object);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = voc_job_detail_save_original_finish (self, result, &error);
  g_autoptr(GdkAppLaunchContext) context = NULL;
  g_autofree char *uri = NULL;

  if (file == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autofree char *message = g_strdup_printf (_("Cannot open the original: %s"),
                                                      error->message);

          show_toast (self, message);
        }
      return;
    }

  uri = g_file_get_uri (file);
  context = gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (self)));
  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), self->cancellable,
                                           on_original_launched_cb, g_object_ref (self));
}

static void
open_original_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  VocJobDetail *self = VOC_JOB_DETAIL (widget);

  voc_job_detail_save_original_async (self, NULL, self->cancellable, on_original_saved_cb, NULL);
}

static void
create_application_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  VocJobDetail *self = VOC_JOB_DETAIL (widget);
  g_autoptr(VocJobApplication) application = NULL;

  if (self->posting != NULL && self->repository != NULL)
    application = voc_application_create_for_posting (widget, self->repository, self->posting);
}

static void
update_actions (VocJobDetail *self)
{
  gboolean has_posting = self->posting != NULL && self->repository != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.edit", has_posting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.open-original", has_posting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "detail.create-application", has_posting);
}

static void
voc_job_detail_dispose (GObject *object)
{
  VocJobDetail *self = VOC_JOB_DETAIL (object);

  g_cancellable_cancel (self->cancellable);

  if (self->posting_signals != NULL)
    g_signal_group_set_target (self->posting_signals, NULL);
  g_clear_object (&self->posting_signals);
  g_clear_object (&self->posting);
  g_clear_object (&self->repository);

  if (self->skills_box != NULL)
    voc_wrap_box_bind_model (self->skills_box, NULL, NULL, NULL);
  if (self->facts_box != NULL)
    voc_wrap_box_bind_model (self->facts_box, NULL, NULL, NULL);
  g_clear_object (&self->skill_names);
  g_clear_object (&self->facts);

  G_OBJECT_CLASS (voc_job_detail_parent_class)->dispose (object);
}

static void
voc_job_detail_finalize (GObject *object)
{
  VocJobDetail *self = VOC_JOB_DETAIL (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->skill_flags, g_hash_table_unref);
  g_clear_pointer (&self->fact_kinds, g_hash_table_unref);
  g_clear_pointer (&self->sections_json, g_free);
  g_clear_pointer (&self->skills_json, g_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (voc_job_detail_parent_class)->finalize (object);
}

static void
voc_job_detail_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  VocJobDetail *self = VOC_JOB_DETAIL (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      g_value_set_object (value, self->repository);
      break;

    case PROP_POSTING:
      g_value_set_object (value, self->posting);
      break;

    case PROP_EDITING:
      g_value_set_boolean (value, voc_job_detail_get_editing (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_job_detail_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  VocJobDetail *self = VOC_JOB_DETAIL (object);

  switch (prop_id)
    {
    case PROP_REPOSITORY:
      voc_job_detail_set_repository (self, g_value_get_object (value));
      break;

    case PROP_POSTING:
      voc_job_detail_set_posting (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_job_detail_class_init (VocJobDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = voc_job_detail_dispose;
  object_class->finalize = voc_job_detail_finalize;
  object_class->get_property = voc_job_detail_get_property;
  object_class->set_property = voc_job_detail_set_property;

  /**
   * VocJobDetail:repository:
   *
   * Where the posting's text and original come from and where edits go.
   */
  properties[PROP_REPOSITORY] =
    g_param_spec_object ("repository", NULL, NULL,
                         VOC_TYPE_JOB_REPOSITORY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * VocJobDetail:posting:
   *
   * The posting shown.
   */
  properties[PROP_POSTING] =
    g_param_spec_object ("posting", NULL, NULL,
                         VOC_TYPE_JOB_POSTING,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * VocJobDetail:editing:
   *
   * Whether the form is shown instead of the posting.
   */
  properties[PROP_EDITING] =
    g_param_spec_boolean ("editing", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VOC_TYPE_AI_ANALYSIS_VIEW);
  g_type_ensure (VOC_TYPE_FIT_VIEW);
  g_type_ensure (VOC_TYPE_JOB_EDITOR);
  g_type_ensure (VOC_TYPE_WRAP_BOX);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/voc-job-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, VocJobDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, VocJobDetail, back_button);
  gtk_widget_class_bind_template_child (widget_class, VocJobDetail, edit_button);
  gtk_widget_class_bind_template_child (widget_class, VocJobDetail, toolbar_title);
  gtk_widget_class_bind_template_child (widget_class, VocJobDetail, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, VocJobDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, VocJobDetail, company_label);
  gtk_widget_class_bind_template_child (widget_class, VocJobDetail, facts_box);
  gtk_widget_class_bind_template_child (widget_class, VocJobDetail, origin_label);
  gtk_widget_class_bind_template_child (widget_class, VocJobDetail, url_button);
  gtk_widget_class_bind_template_child (widget_class, VocJobDetail, url_button);
  gtk_widget_class_bind_template_child (widget_class, VocJobDetail, fit_view);
  gtk_widget_class_bind_template_child (widget_class, VocJobDetail, skills_group);
  gtk_widget_class_bind_template_child (widget_class, VocJobDetail, skills_box);
  gtk_widget_class_bind_template_child (widget_class, VocJobDetail, ai_analysis_view);
  gtk_widget_class_bind_template_child (widget_class, VocJobDetail, sections_box);
  gtk_widget_class_bind_template_child (widget_class, VocJobDetail, text_expander);
  gtk_widget_class_bind_template_child (widget_class, VocJobDetail, text_label);
  gtk_widget_class_bind_template_child (widget_class, VocJobDetail, editor);
  gtk_widget_class_bind_template_callback (widget_class, on_editor_finished_cb);

  gtk_widget_class_install_action (widget_class, "detail.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "detail.open-original", NULL,
                                   open_original_action);
  gtk_widget_class_install_action (widget_class, "detail.create-application", NULL,
                                   create_application_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "detail.edit", NULL);
}

static void
voc_job_detail_init (VocJobDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->fact_kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->facts = gtk_string_list_new (NULL);
  voc_wrap_box_bind_model (self->facts_box, G_LIST_MODEL (self->facts), create_fact_chip, self);
  self->skill_flags = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->skill_names = gtk_string_list_new (NULL);
  voc_wrap_box_bind_model (self->skills_box, G_LIST_MODEL (self->skill_names),
                           create_skill_chip, self);

  self->posting_signals = g_signal_group_new (VOC_TYPE_JOB_POSTING);
  g_signal_group_connect_swapped (self->posting_signals, "notify",
                                  G_CALLBACK (on_posting_notify_cb), self);

  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scrolled_window),
                           "value-changed", G_CALLBACK (on_vadjustment_value_changed_cb), self,
                           G_CONNECT_SWAPPED);

  update_actions (self);
}

GtkWidget *
voc_job_detail_new (void)
{
  return g_object_new (VOC_TYPE_JOB_DETAIL, NULL);
}

/**
 * voc_job_detail_get_repository:
 *
 * Returns: (transfer none) (nullable): the repository
 */
VocJobRepository *
voc_job_detail_get_repository (VocJobDetail *self)
{
  g_return_val_if_fail (VOC_IS_JOB_DETAIL (self), NULL);

  return self->repository;
}

void
voc_job_detail_set_repository (VocJobDetail     *self,
                               VocJobRepository *repository)
{
  g_return_if_fail (VOC_IS_JOB_DETAIL (self));
  g_return_if_fail (!repository || VOC_IS_JOB_REPOSITORY (repository));

  if (!g_set_object (&self->repository, repository))
    return;

  voc_fit_view_set_database (self->fit_view,
                             repository != NULL
                               ? voc_repository_get_database (VOC_REPOSITORY (repository)) : NULL);
  voc_ai_analysis_view_set_database (self->ai_analysis_view,
                                     repository != NULL
                                       ? voc_repository_get_database (VOC_REPOSITORY (repository))
                                       : NULL);
  update_text (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPOSITORY]);
}

/**
 * voc_job_detail_get_posting:
 *
 * Returns: (transfer none) (nullable): the posting shown
 */
VocJobPosting *
voc_job_detail_get_posting (VocJobDetail *self)
{
  g_return_val_if_fail (VOC_IS_JOB_DETAIL (self), NULL);

  return self->posting;
}

/**
 * voc_job_detail_set_posting:
 * @posting: (nullable): the posting to show
 *
 * Shows a posting, leaving the form if it was open (its changes are dropped).
 */
void
voc_job_detail_set_posting (VocJobDetail  *self,
                            VocJobPosting *posting)
{
  g_return_if_fail (VOC_IS_JOB_DETAIL (self));
  g_return_if_fail (!posting || VOC_IS_JOB_POSTING (posting));

  if (voc_job_detail_get_editing (self))
    voc_job_editor_cancel (self->editor);

  if (!g_set_object (&self->posting, posting))
    return;

  g_signal_group_set_target (self->posting_signals, posting);
  voc_fit_view_set_posting (self->fit_view, posting);
  update (self);
  update_text (self);
  update_actions (self);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
  gtk_expander_set_expanded (GTK_EXPANDER (self->text_expander), FALSE);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSTING]);
}

gboolean
voc_job_detail_get_editing (VocJobDetail *self)
{
  g_return_val_if_fail (VOC_IS_JOB_DETAIL (self), FALSE);

  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "edit") == 0;
}

/**
 * voc_job_detail_focus:
 *
 * Moves the keyboard focus to the back button, so that the detail's shortcuts work at once.
 */
void
voc_job_detail_focus (VocJobDetail *self)
{
  g_return_if_fail (VOC_IS_JOB_DETAIL (self));

  gtk_widget_grab_focus (self->back_button);
}

/**
 * voc_job_detail_get_editor:
 *
 * Returns: (transfer none): the form
 */
VocJobEditor *
voc_job_detail_get_editor (VocJobDetail *self)
{
  g_return_val_if_fail (VOC_IS_JOB_DETAIL (self), NULL);

  return self->editor;
}

/**
 * voc_job_detail_get_fit_view:
 *
 * Returns: (transfer none): the fit section
 */
VocFitView *
voc_job_detail_get_fit_view (VocJobDetail *self)
{
  g_return_val_if_fail (VOC_IS_JOB_DETAIL (self), NULL);

  return self->fit_view;
}

/**
 * voc_job_detail_get_ai_analysis_view:
 *
 * Returns: (transfer none): the AI analysis section
 */
VocAiAnalysisView *
voc_job_detail_get_ai_analysis_view (VocJobDetail *self)
{
  g_return_val_if_fail (VOC_IS_JOB_DETAIL (self), NULL);

  return self->ai_analysis_view;
}

/**
 * voc_job_detail_get_skills:
 *
 * Returns: (transfer none): the names of the skills shown as chips, in order
 */
GListModel *
voc_job_detail_get_skills (VocJobDetail *self)
{
  g_return_val_if_fail (VOC_IS_JOB_DETAIL (self), NULL);

  return G_LIST_MODEL (self->skill_names);
}

guint
voc_job_detail_get_skill_flags (VocJobDetail *self,
                                const char   *name)
{
  g_return_val_if_fail (VOC_IS_JOB_DETAIL (self), 0);

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->skill_flags, name));
}

guint
voc_job_detail_get_n_sections (VocJobDetail *self)
{
  g_return_val_if_fail (VOC_IS_JOB_DETAIL (self), 0);

  return self->n_sections;
}

/**
 * voc_job_detail_get_text:
 *
 * Returns: (nullable): the text extracted from the posting's document
 */
const char *
voc_job_detail_get_text (VocJobDetail *self)
{
  g_return_val_if_fail (VOC_IS_JOB_DETAIL (self), NULL);

  return self->text;
}
