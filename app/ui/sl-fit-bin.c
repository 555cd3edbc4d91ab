/* sl-fit-bin.c: see sl-fit-bin.h. ::fit runs inside size allocation, before the child is
 * placed, so a handler's changes (fewer lines, smaller type) are measured and shown in the
 * same frame; a handler must leave the child as it found it when nothing changed, or every
 * allocation would queue another. */
#include "config.h"

#include "sl-fit-bin.h"

struct _SlFitBin
{
  GtkWidget  parent_instance;

  GtkWidget *child;
};

G_DEFINE_FINAL_TYPE (SlFitBin, sl_fit_bin, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_CHILD,
  N_PROPS
};

enum
{
  SIGNAL_FIT,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
sl_fit_bin_measure (GtkWidget *widget, GtkOrientation orientation, int for_size, int *minimum,
                    int *natural, int *minimum_baseline, int *natural_baseline)
{
  SlFitBin *self = SL_FIT_BIN (widget);
  int min = 0, nat = 0;

  if (self->child != NULL && gtk_widget_should_layout (self->child))
    gtk_widget_measure (self->child, orientation, for_size, &min, &nat, NULL, NULL);
  /* any height will do: the child is asked to fit it, and cut below it if it cannot */
  *minimum = orientation == GTK_ORIENTATION_VERTICAL ? 0 : min;
  *natural = nat;
}

static void
sl_fit_bin_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  SlFitBin *self = SL_FIT_BIN (widget);
  int min = 0;

  if (self->child == NULL || !gtk_widget_should_layout (self->child))
    return;
  g_signal_emit (self, signals[SIGNAL_FIT], 0, width, height);
  gtk_widget_measure (self->child, GTK_ORIENTATION_VERTICAL, width, &min, NULL, NULL, NULL);
  gtk_widget_allocate (self->child, width, MAX (height, min), -1, NULL);
}

static GtkSizeRequestMode
sl_fit_bin_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
sl_fit_bin_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  SlFitBin *self = SL_FIT_BIN (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_fit_bin_set_property (GObject *object, guint prop_id, const GValue *value,
                         GParamSpec *pspec)
{
  SlFitBin *self = SL_FIT_BIN (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      sl_fit_bin_set_child (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sl_fit_bin_dispose (GObject *object)
{
  SlFitBin *self = SL_FIT_BIN (object);

  g_clear_pointer (&self->child, gtk_widget_unparent);
  G_OBJECT_CLASS (sl_fit_bin_parent_class)->dispose (object);
}

static void
sl_fit_bin_class_init (SlFitBinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sl_fit_bin_get_property;
  object_class->set_property = sl_fit_bin_set_property;
  object_class->dispose = sl_fit_bin_dispose;
  widget_class->measure = sl_fit_bin_measure;
  widget_class->size_allocate = sl_fit_bin_size_allocate;
  widget_class->get_request_mode = sl_fit_bin_get_request_mode;

  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* ::fit (width, height): the room the child is about to be given */
  signals[SIGNAL_FIT] = g_signal_new ("fit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                      NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_INT);

  gtk_widget_class_set_css_name (widget_class, "fitbin");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sl_fit_bin_init (SlFitBin *self)
{
  /* what does not fit is cut at the bottom, not drawn over what lies below */
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

GtkWidget *
sl_fit_bin_new (void)
{
  return g_object_new (SL_TYPE_FIT_BIN, NULL);
}

void
sl_fit_bin_set_child (SlFitBin *self, GtkWidget *child)
{
  g_return_if_fail (SL_IS_FIT_BIN (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->child == child)
    return;
  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

GtkWidget *
sl_fit_bin_get_child (SlFitBin *self)
{
  g_return_val_if_fail (SL_IS_FIT_BIN (self), NULL);
  return self->child;
}
