/* voc-resume-preview.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-resume-preview"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "voc-resume-preview.h"

/*
 * The PDF of a resume as it will print, one page at a time, as wide as the preview: the
 * pages are drawn by the PDF layout itself (voc_resume_layout_render_page()) onto Cairo
 * image surfaces in a worker thread, at the preview's width in device pixels, and shown as
 * textures. A newer document or a new width cancels the drawing under way; the pages shown
 * stay until the new ones are ready, so that the preview does not flicker while editing.
 */

struct _VocResumePreview
{
  AdwBin         parent_instance;

  /* Template widgets */
  GtkStack      *stack;
  GtkPicture    *picture;
  GtkLabel      *page_label;
  GtkSpinner    *spinner;

  JsonObject    *resume;        /* what is shown or being drawn; owned by the main thread */
  char          *template_id;
  VocPaper       paper;

  GPtrArray     *textures;      /* GdkTexture, one per page */
  guint          page;
  int            rendered_width;  /* device pixels of the pages shown */

  GCancellable  *cancellable;   /* the drawing under way */
  guint          serial;
  guint          resize_id;
};

G_DEFINE_FINAL_TYPE (VocResumePreview, voc_resume_preview, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_N_PAGES,
  PROP_PAGE,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Drawing ------------------------------------------------------------------------------------- */

typedef struct
{
  JsonObject *resume;       /* a copy of its own: JSON-GLib's reference counts are not atomic */
  char       *template_id;
  VocPaper    paper;
  int         width;        /* of a page, in device pixels */
} Job;

typedef struct
{
  GPtrArray *pages;         /* GBytes */
  int        width;
  int        height;
  int        stride;
} Pages;

typedef struct
{
  GWeakRef self;
  guint    serial;
} Request;

static void
job_free (Job *job)
{
  g_clear_pointer (&job->resume, json_object_unref);
  g_free (job->template_id);
  g_free (job);
}

static void
pages_free (Pages *pages)
{
  g_ptr_array_unref (pages->pages);
  g_free (pages);
}

static void
request_free (Request *request)
{
  g_weak_ref_clear (&request->self);
  g_free (request);
}

static JsonObject *
copy_object (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);
  g_autofree char *text = json_to_string (node, FALSE);
  g_autoptr(JsonNode) copy = json_from_string (text, NULL);

  return json_object_ref (json_node_get_object (copy));
}

static void
render_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  Pages *pages = g_new0 (Pages, 1);
  double page_width, page_height, scale;
  guint n;

  voc_resume_paper_get_size (job->paper, &page_width, &page_height);
  scale = job->width / page_width;
  pages->width = job->width;
  pages->height = (int) ceil (page_height * scale);
  pages->stride = cairo_format_stride_for_width (CAIRO_FORMAT_ARGB32, pages->width);
  pages->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);

  n = voc_resume_layout_count_pages (job->resume, job->template_id, job->paper);
  for (guint i = 0; i < n; i++)
    {
      guchar *data;
      cairo_surface_t *surface;
      cairo_t *cr;

      if (g_task_return_error_if_cancelled (task))
        {
          pages_free (pages);
          return;
        }

      data = g_malloc ((gsize) pages->stride * pages->height);
      surface = cairo_image_surface_create_for_data (data, CAIRO_FORMAT_ARGB32, pages->width,
                                                     pages->height, pages->stride);
      cr = cairo_create (surface);
      cairo_set_source_rgb (cr, 1.0, 1.0, 1.0);
      cairo_paint (cr);
      cairo_scale (cr, scale, scale);
      voc_resume_layout_render_page (job->resume, job->template_id, job->paper, i, cr);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      cairo_surface_destroy (surface);

      g_ptr_array_add (pages->pages,
                       g_bytes_new_take (data, (gsize) pages->stride * pages->height));
    }

  g_task_return_pointer (task, pages, (GDestroyNotify) pages_free);
}

static void
update_page (VocResumePreview *self)
{
  guint n = self->textures->len;
  g_autofree char *label = NULL;

  if (n == 0)
    {
      gtk_picture_set_paintable (self->picture, NULL);
      gtk_label_set_label (self->page_label, "");
    }
  else
    {
      GdkTexture *texture = g_ptr_array_index (self->textures, MIN (self->page, n - 1));

      gtk_picture_set_paintable (self->picture, GDK_PAINTABLE (texture));
      /* TRANSLATORS: the page of the resume preview shown, of how many */
      label = g_strdup_printf (_("Page %u of %u"), MIN (self->page, n - 1) + 1, n);
      gtk_label_set_label (self->page_label, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->picture),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next", self->page + 1 < n);
  gtk_stack_set_visible_child_name (self->stack, n > 0 || self->resume != NULL ? "pages"
                                                                                : "empty");
}

static void
set_busy (VocResumePreview *self,
          gboolean          busy)
{
  if (gtk_spinner_get_spinning (self->spinner) == busy)
    return;

  gtk_spinner_set_spinning (self->spinner, busy);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
on_rendered_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  Request *request = user_data;
  g_autoptr(VocResumePreview) self = g_weak_ref_get (&request->self);
  g_autoptr(GError) error = NULL;
  Pages *pages = g_task_propagate_pointer (G_TASK (result), &error);
  guint old_n;

  if (self == NULL || request->serial != self->serial)
    {
      g_clear_pointer (&pages, pages_free);
      request_free (request);
      return;
    }
  request_free (request);

  if (pages == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Cannot draw the preview: %s", error->message);
      set_busy (self, FALSE);
      return;
    }

  old_n = self->textures->len;
  g_ptr_array_set_size (self->textures, 0);
  for (guint i = 0; i < pages->pages->len; i++)
    g_ptr_array_add (self->textures,
                     gdk_memory_texture_new (pages->width, pages->height, GDK_MEMORY_DEFAULT,
                                             g_ptr_array_index (pages->pages, i),
                                             pages->stride));
  self->rendered_width = pages->width;
  pages_free (pages);

  if (self->page >= self->textures->len && self->textures->len > 0)
    {
      self->page = self->textures->len - 1;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
    }
  update_page (self);
  set_busy (self, FALSE);
  if (old_n != self->textures->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
}

/* The width to draw the pages at: the preview's, in device pixels. */
static int
target_width (VocResumePreview *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self)) - 36;

  if (width < 320)
    width = 560;
  return MIN (width, 1600) * gtk_widget_get_scale_factor (GTK_WIDGET (self));
}

static void
render (VocResumePreview *self)
{
  g_autoptr(GTask) task = NULL;
  Request *request;
  Job *job;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->serial++;

  if (self->resume == NULL)
    {
      set_busy (self, FALSE);
      return;
    }

  self->cancellable = g_cancellable_new ();
  job = g_new0 (Job, 1);
  job->resume = copy_object (self->resume);
  job->template_id = g_strdup (self->template_id);
  job->paper = self->paper;
  job->width = target_width (self);

  request = g_new0 (Request, 1);
  g_weak_ref_init (&request->self, self);
  request->serial = self->serial;

  /* No source object: the thread may hold the task after the preview is gone. */
  task = g_task_new (NULL, self->cancellable, on_rendered_cb, request);
  g_task_set_source_tag (task, render);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, render_thread);
  set_busy (self, TRUE);
}

static gboolean
on_resize_timeout_cb (gpointer user_data)
{
  VocResumePreview *self = user_data;

  self->resize_id = 0;
  render (self);
  return G_SOURCE_REMOVE;
}

/* Actions ------------------------------------------------------------------------------------- */

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  VocResumePreview *self = VOC_RESUME_PREVIEW (widget);

  if (self->page > 0)
    voc_resume_preview_set_page (self, self->page - 1);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VocResumePreview *self = VOC_RESUME_PREVIEW (widget);

  voc_resume_preview_set_page (self, self->page + 1);
}

/* GObject ------------------------------------------------------------------------------------- */

static void
voc_resume_preview_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  VocResumePreview *self = VOC_RESUME_PREVIEW (widget);
  int target;

  GTK_WIDGET_CLASS (voc_resume_preview_parent_class)->size_allocate (widget, width, height,
                                                                     baseline);

  /* Sharp text at any width: draw again once the size has settled, when it changed much. */
  target = target_width (self);
  if (self->resume != NULL && self->rendered_width > 0 && self->resize_id == 0 &&
      ABS (target - self->rendered_width) > self->rendered_width / 8)
    self->resize_id = g_timeout_add (250, on_resize_timeout_cb, self);
}

static void
voc_resume_preview_dispose (GObject *object)
{
  VocResumePreview *self = VOC_RESUME_PREVIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->resize_id, g_source_remove);

  G_OBJECT_CLASS (voc_resume_preview_parent_class)->dispose (object);
}

static void
voc_resume_preview_finalize (GObject *object)
{
  VocResumePreview *self = VOC_RESUME_PREVIEW (object);

  g_clear_pointer (&self->resume, json_object_unref);
  g_clear_pointer (&self->template_id, g_free);
  g_clear_pointer (&self->textures, g_ptr_array_unref);

  G_OBJECT_CLASS (voc_resume_preview_parent_class)->finalize (object);
}

static void
voc_resume_preview_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  VocResumePreview *self = VOC_RESUME_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_N_PAGES:
      g_value_set_uint (value, voc_resume_preview_get_n_pages (self));
      break;

    case PROP_PAGE:
      g_value_set_uint (value, self->page);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, voc_resume_preview_get_busy (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_resume_preview_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  VocResumePreview *self = VOC_RESUME_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      voc_resume_preview_set_page (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_resume_preview_class_init (VocResumePreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = voc_resume_preview_dispose;
  object_class->finalize = voc_resume_preview_finalize;
  object_class->get_property = voc_resume_preview_get_property;
  object_class->set_property = voc_resume_preview_set_property;
  widget_class->size_allocate = voc_resume_preview_size_allocate;

  properties[PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PAGE] =
    g_param_spec_uint ("page", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/voc-resume-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, VocResumePreview, stack);
  gtk_widget_class_bind_template_child (widget_class, VocResumePreview, picture);
  gtk_widget_class_bind_template_child (widget_class, VocResumePreview, page_label);
  gtk_widget_class_bind_template_child (widget_class, VocResumePreview, spinner);

  gtk_widget_class_install_action (widget_class, "preview.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "preview.next", NULL, next_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "preview.previous",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "preview.next", NULL);
}

static void
voc_resume_preview_init (VocResumePreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->textures = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Print preview"), -1);
  update_page (self);
}

/* Public API ---------------------------------------------------------------------------------- */

GtkWidget *
voc_resume_preview_new (void)
{
  return g_object_new (VOC_TYPE_RESUME_PREVIEW, NULL);
}

/**
 * voc_resume_preview_set_document:
 * @resume: (nullable): the JSON Resume document to show, or %NULL for none; not changed
 *   afterwards by the caller
 * @template_id: (nullable): the template, or %NULL for the default
 * @paper: the paper size
 *
 * Shows @resume as its PDF will print. The pages are drawn in a worker thread;
 * #VocResumePreview:busy is %TRUE meanwhile and #VocResumePreview:n-pages follows.
 */
void
voc_resume_preview_set_document (VocResumePreview *self,
                                 JsonObject       *resume,
                                 const char       *template_id,
                                 VocPaper          paper)
{
  g_return_if_fail (VOC_IS_RESUME_PREVIEW (self));

  g_clear_pointer (&self->resume, json_object_unref);
  if (resume != NULL)
    self->resume = json_object_ref (resume);
  g_free (self->template_id);
  self->template_id = g_strdup (template_id);
  self->paper = paper;

  if (resume == NULL && self->textures->len > 0)
    {
      g_ptr_array_set_size (self->textures, 0);
      self->page = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
    }

  update_page (self);
  render (self);
}

guint
voc_resume_preview_get_n_pages (VocResumePreview *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_PREVIEW (self), 0);

  return self->textures->len;
}

guint
voc_resume_preview_get_page (VocResumePreview *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_PREVIEW (self), 0);

  return self->page;
}

/**
 * voc_resume_preview_set_page:
 * @page: the page to show, from 0; clamped to the last
 */
void
voc_resume_preview_set_page (VocResumePreview *self,
                             guint             page)
{
  g_return_if_fail (VOC_IS_RESUME_PREVIEW (self));

  if (self->textures->len > 0)
    page = MIN (page, self->textures->len - 1);
  else
    page = 0;

  if (self->page == page)
    return;

  self->page = page;
  update_page (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (
                              GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (
                                GTK_WIDGET (self->picture), GTK_TYPE_SCROLLED_WINDOW))), 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

gboolean
voc_resume_preview_get_busy (VocResumePreview *self)
{
  g_return_val_if_fail (VOC_IS_RESUME_PREVIEW (self), FALSE);

  return gtk_spinner_get_spinning (self->spinner);
}

/**
 * voc_resume_preview_get_texture:
 * @page: a page, from 0
 *
 * Returns: (transfer none) (nullable): the page as drawn, or %NULL
 */
GdkTexture *
voc_resume_preview_get_texture (VocResumePreview *self,
                                guint             page)
{
  g_return_val_if_fail (VOC_IS_RESUME_PREVIEW (self), NULL);

  return page < self->textures->len ? g_ptr_array_index (self->textures, page) : NULL;
}
