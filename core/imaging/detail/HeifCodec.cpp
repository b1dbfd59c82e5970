#include "core/imaging/detail/HeifCodec.h"

#include "core/common/Tr.h"
#include "core/imaging/detail/ExifOrientation.h"

#include <QColorSpace>
#include <QPointF>

#include <cstring>
#include <memory>

#include <libheif/heif.h>

namespace descry::detail {

namespace {

// libheif's plugin registry is reference-counted: initialised once for the process, never torn down while any
// thread may still decode.
void initialiseLibheif()
{
    static const bool done = [] {
        heif_init(nullptr);
        return true;
    }();
    (void)done;
}

// The one place a heif_error becomes ours.
Error heifError(const heif_error& e, const QString& what, const QString& file, ErrorCode code = ErrorCode::Input)
{
    QString reason = QString::fromUtf8(e.message ? e.message : "").simplified();
    if (e.subcode == heif_suberror_End_of_data)
        reason = Tr::tr("the file ends before the image does");
    else if (e.subcode == heif_suberror_Security_limit_exceeded)
        reason = Tr::tr("the image claims a size beyond libheif's safety limit");
    return Error(code, Tr::tr("%1 (%2)").arg(what, reason.isEmpty() ? Tr::tr("libheif error %1").arg(e.code) : reason),
                 file);
}

struct ContextDeleter
{
    void operator()(heif_context* c) const { heif_context_free(c); }
};
struct HandleDeleter
{
    void operator()(heif_image_handle* h) const { heif_image_handle_release(h); }
};
struct ImageDeleter
{
    void operator()(heif_image* i) const { heif_image_release(i); }
};
using Context = std::unique_ptr<heif_context, ContextDeleter>;
using Handle = std::unique_ptr<heif_image_handle, HandleDeleter>;
using Image = std::unique_ptr<heif_image, ImageDeleter>;

int exifOrientation(heif_image_handle* handle)
{
    heif_item_id id = 0;
    if (heif_image_handle_get_list_of_metadata_block_IDs(handle, "Exif", &id, 1) < 1)
        return 0;
    QByteArray block(qsizetype(heif_image_handle_get_metadata_size(handle, id)), '\0');
    if (block.size() < 4 || heif_image_handle_get_metadata(handle, id, block.data()).code != heif_error_Ok)
        return 0;
    // HEIF's Exif item starts with the offset of the TIFF header.
    const quint32 offset = (quint32(uchar(block[0])) << 24) | (quint32(uchar(block[1])) << 16) |
                           (quint32(uchar(block[2])) << 8) | quint32(uchar(block[3]));
    return offset + 4 < quint32(block.size()) ? exifOrientationOf(block.mid(4 + offset)) : 0;
}

// The nclx colour description as a colour space where Qt can convert it; otherwise a note saying why not.
QColorSpace nclxColourSpace(const heif_color_profile_nclx& n, QString* note)
{
    const int p = n.color_primaries, t = n.transfer_characteristics;
    const bool srgbCurve = t == heif_transfer_characteristic_IEC_61966_2_1 || t == 1 || t == 2 || t == 6;
    if (!srgbCurve) {
        *note = Tr::tr("nclx colour description with transfer characteristics %1 (HDR or unusual): not converted, "
                       "shown as sRGB")
                    .arg(t);
        return {};
    }
    if (p == 1 || p == 2)
        return QColorSpace(QColorSpace::SRgb);
    if (p == heif_color_primaries_SMPTE_EG_432_1)
        return QColorSpace(QColorSpace::DisplayP3);
    const QColorSpace custom(QPointF(n.color_primary_white_x, n.color_primary_white_y),
                             QPointF(n.color_primary_red_x, n.color_primary_red_y),
                             QPointF(n.color_primary_green_x, n.color_primary_green_y),
                             QPointF(n.color_primary_blue_x, n.color_primary_blue_y),
                             QColorSpace::TransferFunction::SRgb);
    if (!custom.isValid())
        *note = Tr::tr("nclx colour primaries %1 not understood: shown as sRGB").arg(p);
    return custom;
}

void applyColourProfile(heif_image_handle* handle, HeifPicture& out)
{
    const heif_color_profile_type type = heif_image_handle_get_color_profile_type(handle);
    if (type == heif_color_profile_type_prof || type == heif_color_profile_type_rICC) {
        QByteArray icc(qsizetype(heif_image_handle_get_raw_color_profile_size(handle)), '\0');
        if (!icc.isEmpty() && heif_image_handle_get_raw_color_profile(handle, icc.data()).code == heif_error_Ok) {
            out.iccProfile = true;
            out.image.setColorSpace(QColorSpace::fromIccProfile(icc));
        }
        return;
    }
    heif_color_profile_nclx* nclx = nullptr;
    if (heif_image_handle_get_nclx_color_profile(handle, &nclx).code == heif_error_Ok && nclx) {
        const QColorSpace cs = nclxColourSpace(*nclx, &out.colourNote);
        if (cs.isValid())
            out.image.setColorSpace(cs);
        heif_nclx_color_profile_free(nclx);
    }
}

Result<QImage> decodePixels(heif_image_handle* handle, const QString& file)
{
    const bool alpha = heif_image_handle_has_alpha_channel(handle);
    heif_image* raw = nullptr;
    const heif_error e = heif_decode_image(handle, &raw, heif_colorspace_RGB,
                                           alpha ? heif_chroma_interleaved_RGBA : heif_chroma_interleaved_RGB, nullptr);
    Image image(raw);
    if (e.code != heif_error_Ok)
        return heifError(e, Tr::tr("cannot decode HEIF image"), file);
    int stride = 0;
    const uint8_t* plane = heif_image_get_plane_readonly(raw, heif_channel_interleaved, &stride);
    const int w = heif_image_get_width(raw, heif_channel_interleaved);
    const int h = heif_image_get_height(raw, heif_channel_interleaved);
    if (!plane || w <= 0 || h <= 0)
        return Error(ErrorCode::Input, Tr::tr("cannot decode HEIF image (no pixel data)"), file);
    QImage out(w, h, alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
    const size_t rowBytes = size_t(w) * (alpha ? 4 : 3);
    for (int y = 0; y < h; ++y)
        std::memcpy(out.scanLine(y), plane + size_t(y) * size_t(stride), rowBytes);
    return out;
}

heif_error appendBytes(heif_context*, const void* data, size_t size, void* userdata)
{
    static_cast<QByteArray*>(userdata)->append(static_cast<const char*>(data), qsizetype(size));
    return heif_error{heif_error_Ok, heif_suberror_Unspecified, "ok"};
}

} // namespace

Result<HeifPicture> decodeHeif(const QByteArray& data, const ImageLimits& limits, const QString& file)
{
    initialiseLibheif();
    Context ctx(heif_context_alloc());
    if (heif_error e =
            heif_context_read_from_memory_without_copy(ctx.get(), data.constData(), size_t(data.size()), nullptr);
        e.code != heif_error_Ok)
        return heifError(e, Tr::tr("cannot read HEIF file"), file);
    heif_image_handle* rawHandle = nullptr;
    if (heif_error e = heif_context_get_primary_image_handle(ctx.get(), &rawHandle); e.code != heif_error_Ok)
        return heifError(e, Tr::tr("HEIF file has no primary image"), file);
    Handle handle(rawHandle);
    // The size the container announces, checked before any pixel is decoded.
    const QSize size(heif_image_handle_get_width(rawHandle), heif_image_handle_get_height(rawHandle));
    const QSize stored(heif_image_handle_get_ispe_width(rawHandle), heif_image_handle_get_ispe_height(rawHandle));
    for (const QSize& s : {size, stored})
        if (s.width() > 0 && s.height() > 0)
            if (auto st = checkImageSize(s, limits, file); !st)
                return st.error();
    HeifPicture out;
    out.images = heif_context_get_number_of_top_level_images(ctx.get());
    out.exifOrientation = exifOrientation(rawHandle);
    out.turned = stored.isValid() && stored.width() != stored.height() && stored.transposed() == size;
    auto pixels = decodePixels(rawHandle, file);
    if (!pixels)
        return pixels.error();
    out.image = std::move(*pixels);
    applyColourProfile(rawHandle, out);
    return out;
}

Result<QByteArray> encodeHeic(const QImage& source, int quality)
{
    initialiseLibheif();
    const QImage rgb = source.convertToFormat(QImage::Format_RGB888);
    Context ctx(heif_context_alloc());
    heif_encoder* encoder = nullptr;
    if (heif_error e = heif_context_get_encoder_for_format(ctx.get(), heif_compression_HEVC, &encoder);
        e.code != heif_error_Ok)
        return heifError(e, Tr::tr("no HEIC encoder"), QString(), ErrorCode::Internal);
    heif_encoder_set_lossy_quality(encoder, quality);
    heif_image* raw = nullptr;
    heif_image_create(rgb.width(), rgb.height(), heif_colorspace_RGB, heif_chroma_interleaved_RGB, &raw);
    Image image(raw);
    heif_image_add_plane(raw, heif_channel_interleaved, rgb.width(), rgb.height(), 8);
    int stride = 0;
    uint8_t* plane = heif_image_get_plane(raw, heif_channel_interleaved, &stride);
    for (int y = 0; y < rgb.height(); ++y)
        std::memcpy(plane + size_t(y) * size_t(stride), rgb.constScanLine(y), size_t(rgb.width()) * 3);
    if (source.colorSpace().isValid()) {
        const QByteArray icc = source.colorSpace().iccProfile();
        heif_image_set_raw_color_profile(raw, "prof", icc.constData(), size_t(icc.size()));
    }
    const heif_error e = heif_context_encode_image(ctx.get(), raw, encoder, nullptr, nullptr);
    heif_encoder_release(encoder);
    if (e.code != heif_error_Ok)
        return heifError(e, Tr::tr("cannot encode HEIC"), QString(), ErrorCode::Internal);
    QByteArray bytes;
    heif_writer writer{1, appendBytes};
    if (heif_error w = heif_context_write(ctx.get(), &writer, &bytes); w.code != heif_error_Ok)
        return heifError(w, Tr::tr("cannot write HEIC"), QString(), ErrorCode::Internal);
    return bytes;
}

} // namespace descry::detail
