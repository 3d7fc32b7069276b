//! WeCom's own archive SDK (`libWeWorkFinanceSdk_C.so`), loaded at run time.
//!
//! Built only with the `wecom-sdk` feature and loaded only when `--wecom-sdk-lib PATH` is given:
//! the library is closed, Linux-only and not redistributable, so nothing else in scrm needs it.
//! The functions and structs follow WeCom's `WeWorkFinanceSdk_C.h`. Calls block (the SDK does its
//! own networking), so they run on tokio's blocking pool, one at a time per SDK handle.

use std::ffi::{CStr, CString, c_char, c_int, c_uint, c_ulonglong, c_void};
use std::path::Path;
use std::sync::{Arc, Mutex};

use archive::pull::{ChatSdk, EncryptedChat, MediaChunk, SdkError};
use libloading::Library;
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use zeroize::Zeroizing;

#[repr(C)]
struct Slice {
    buf: *mut c_char,
    len: c_int,
}

#[repr(C)]
struct MediaData {
    outindexbuf: *mut c_char,
    out_len: c_int,
    data: *mut c_char,
    data_len: c_int,
    is_finish: c_int,
}

type NewSdk = unsafe extern "C" fn() -> *mut c_void;
type Init = unsafe extern "C" fn(*mut c_void, *const c_char, *const c_char) -> c_int;
type DestroySdk = unsafe extern "C" fn(*mut c_void);
type NewSlice = unsafe extern "C" fn() -> *mut Slice;
type FreeSlice = unsafe extern "C" fn(*mut Slice);
type GetChatData = unsafe extern "C" fn(
    *mut c_void,
    c_ulonglong,
    c_uint,
    *const c_char,
    *const c_char,
    c_int,
    *mut Slice,
) -> c_int;
type DecryptData = unsafe extern "C" fn(*const c_char, *const c_char, *mut Slice) -> c_int;
type NewMediaData = unsafe extern "C" fn() -> *mut MediaData;
type FreeMediaData = unsafe extern "C" fn(*mut MediaData);
type GetMediaData = unsafe extern "C" fn(
    *mut c_void,
    *const c_char,
    *const c_char,
    *const c_char,
    *const c_char,
    c_int,
    *mut MediaData,
) -> c_int;

/// The functions scrm calls, resolved once when the library loads.
struct Functions {
    destroy_sdk: DestroySdk,
    new_slice: NewSlice,
    free_slice: FreeSlice,
    get_chat_data: GetChatData,
    decrypt_data: DecryptData,
    new_media_data: NewMediaData,
    free_media_data: FreeMediaData,
    get_media_data: GetMediaData,
}

struct Handle {
    sdk: *mut c_void,
    functions: Functions,
    /// Keeps the code behind `functions` mapped; dropped last.
    _library: Library,
}

// SAFETY: the SDK handle is only used behind the Mutex in `FfiFinanceSdk`, one call at a time,
// which is how WeCom's documentation says to use one handle.
unsafe impl Send for Handle {}

impl Drop for Handle {
    fn drop(&mut self) {
        // SAFETY: `sdk` came from NewSdk of this library, which is still loaded.
        unsafe { (self.functions.destroy_sdk)(self.sdk) }
    }
}

/// The SDK's per-call timeout, in seconds.
const SDK_TIMEOUT_SECONDS: c_int = 10;

pub struct FfiFinanceSdk {
    handle: Arc<Mutex<Handle>>,
}

impl FfiFinanceSdk {
    /// Loads the library at `path` and initialises it with the corp id and the archive secret.
    pub fn load(path: &Path, corp_id: &str, secret: &SecretString) -> Result<Self, SdkError> {
        let library_error = |reason: String| SdkError::Library { reason };
        // SAFETY: loading runs the library's initialisers; the operator chose this file as
        // WeCom's SDK.
        let library = unsafe { Library::new(path) }
            .map_err(|error| library_error(format!("{}: {error}", path.display())))?;
        // SAFETY: the symbol types follow WeWorkFinanceSdk_C.h.
        let (new_sdk, init, functions) = unsafe {
            let symbol = |name: &[u8]| {
                library
                    .get::<*const c_void>(name)
                    .map(|symbol| *symbol)
                    .map_err(|error| {
                        library_error(format!(
                            "{} lacks {}: {error}",
                            path.display(),
                            String::from_utf8_lossy(name)
                        ))
                    })
            };
            let new_sdk: NewSdk = std::mem::transmute(symbol(b"NewSdk")?);
            let init: Init = std::mem::transmute(symbol(b"Init")?);
            let functions = Functions {
                destroy_sdk: std::mem::transmute::<*const c_void, DestroySdk>(symbol(
                    b"DestroySdk",
                )?),
                new_slice: std::mem::transmute::<*const c_void, NewSlice>(symbol(b"NewSlice")?),
                free_slice: std::mem::transmute::<*const c_void, FreeSlice>(symbol(b"FreeSlice")?),
                get_chat_data: std::mem::transmute::<*const c_void, GetChatData>(symbol(
                    b"GetChatData",
                )?),
                decrypt_data: std::mem::transmute::<*const c_void, DecryptData>(symbol(
                    b"DecryptData",
                )?),
                new_media_data: std::mem::transmute::<*const c_void, NewMediaData>(symbol(
                    b"NewMediaData",
                )?),
                free_media_data: std::mem::transmute::<*const c_void, FreeMediaData>(symbol(
                    b"FreeMediaData",
                )?),
                get_media_data: std::mem::transmute::<*const c_void, GetMediaData>(symbol(
                    b"GetMediaData",
                )?),
            };
            (new_sdk, init, functions)
        };
        let corp_id = c_string(corp_id)?;
        let secret = secret_c_bytes(secret.expose_secret().as_bytes())?;
        // SAFETY: NewSdk takes nothing; Init takes the handle and two NUL-terminated strings
        // that outlive the call.
        let sdk = unsafe { new_sdk() };
        if sdk.is_null() {
            return Err(library_error("NewSdk returned nothing".to_owned()));
        }
        let handle = Handle {
            sdk,
            functions,
            _library: library,
        };
        // SAFETY: as above.
        let code = unsafe { init(handle.sdk, corp_id.as_ptr(), secret.as_ptr().cast()) };
        if code != 0 {
            return Err(SdkError::from_code(i64::from(code)));
        }
        Ok(FfiFinanceSdk {
            handle: Arc::new(Mutex::new(handle)),
        })
    }

    async fn blocking<T: Send + 'static>(
        &self,
        call: impl FnOnce(&Handle) -> Result<T, SdkError> + Send + 'static,
    ) -> Result<T, SdkError> {
        let handle = self.handle.clone();
        tokio::task::spawn_blocking(move || {
            let handle = handle.lock().map_err(|_| SdkError::Library {
                reason: "an earlier call into the SDK panicked".to_owned(),
            })?;
            call(&handle)
        })
        .await
        .map_err(|error| SdkError::Library {
            reason: format!("the SDK call did not finish: {error}"),
        })?
    }
}

#[derive(Deserialize)]
struct ChatDataAnswer {
    errcode: i64,
    #[serde(default)]
    chatdata: Vec<EncryptedChat>,
}

fn c_string(text: &str) -> Result<CString, SdkError> {
    CString::new(text).map_err(|_| SdkError::Malformed {
        reason: "a string passed to the SDK contains a NUL byte".to_owned(),
    })
}

/// A NUL-terminated copy of a secret, wiped when dropped (a `CString` would not be).
fn secret_c_bytes(secret: &[u8]) -> Result<Zeroizing<Vec<u8>>, SdkError> {
    if secret.contains(&0) {
        return Err(SdkError::Malformed {
            reason: "a secret passed to the SDK contains a NUL byte".to_owned(),
        });
    }
    let mut bytes = Zeroizing::new(Vec::with_capacity(secret.len() + 1));
    bytes.extend_from_slice(secret);
    bytes.push(0);
    Ok(bytes)
}

/// Copies a slice's bytes out before it is freed.
///
/// SAFETY: `slice` must be a live Slice_t filled by the SDK.
unsafe fn slice_bytes(slice: *const Slice) -> Vec<u8> {
    // SAFETY: per the function's contract.
    let slice = unsafe { &*slice };
    let Ok(len) = usize::try_from(slice.len) else {
        return Vec::new();
    };
    if slice.buf.is_null() || len == 0 {
        return Vec::new();
    }
    // SAFETY: the SDK says `buf` holds `len` bytes.
    unsafe { std::slice::from_raw_parts(slice.buf.cast::<u8>(), len) }.to_vec()
}

impl ChatSdk for FfiFinanceSdk {
    async fn get_chat_data(&self, seq: u64, limit: u32) -> Result<Vec<EncryptedChat>, SdkError> {
        let bytes = self
            .blocking(move |handle| {
                let functions = &handle.functions;
                // SAFETY: a fresh slice, filled by GetChatData, read, then freed; empty proxy
                // strings mean "no proxy".
                unsafe {
                    let slice = (functions.new_slice)();
                    let empty = c"".as_ptr();
                    let code = (functions.get_chat_data)(
                        handle.sdk,
                        seq,
                        limit,
                        empty,
                        empty,
                        SDK_TIMEOUT_SECONDS,
                        slice,
                    );
                    let bytes = slice_bytes(slice);
                    (functions.free_slice)(slice);
                    if code != 0 {
                        return Err(SdkError::from_code(i64::from(code)));
                    }
                    Ok(bytes)
                }
            })
            .await?;
        let answer: ChatDataAnswer =
            serde_json::from_slice(&bytes).map_err(|error| SdkError::Malformed {
                reason: format!("GetChatData's JSON: {error}"),
            })?;
        if answer.errcode != 0 {
            return Err(SdkError::from_code(answer.errcode));
        }
        Ok(answer.chatdata)
    }

    fn decrypt_data(
        &self,
        random_key: &[u8],
        encrypt_chat_msg: &str,
    ) -> Result<Zeroizing<Vec<u8>>, SdkError> {
        let key = secret_c_bytes(random_key)?;
        let message = c_string(encrypt_chat_msg)?;
        let handle = self.handle.lock().map_err(|_| SdkError::Library {
            reason: "an earlier call into the SDK panicked".to_owned(),
        })?;
        let functions = &handle.functions;
        // SAFETY: DecryptData is a pure function of two NUL-terminated strings into a fresh
        // slice, which is read and freed here.
        unsafe {
            let slice = (functions.new_slice)();
            let code = (functions.decrypt_data)(key.as_ptr().cast(), message.as_ptr(), slice);
            let bytes = Zeroizing::new(slice_bytes(slice));
            (functions.free_slice)(slice);
            if code != 0 {
                return Err(SdkError::from_code(i64::from(code)));
            }
            Ok(bytes)
        }
    }

    async fn get_media_data(&self, sdkfileid: &str, index: &str) -> Result<MediaChunk, SdkError> {
        let sdkfileid = c_string(sdkfileid)?;
        let index = c_string(index)?;
        self.blocking(move |handle| {
            let functions = &handle.functions;
            // SAFETY: a fresh MediaData, filled by GetMediaData, copied out, then freed.
            unsafe {
                let media = (functions.new_media_data)();
                let empty = c"".as_ptr();
                let code = (functions.get_media_data)(
                    handle.sdk,
                    index.as_ptr(),
                    sdkfileid.as_ptr(),
                    empty,
                    empty,
                    SDK_TIMEOUT_SECONDS,
                    media,
                );
                let chunk = {
                    let filled = &*media;
                    let data = copy_bytes(filled.data, filled.data_len);
                    let next_index = if filled.outindexbuf.is_null() {
                        String::new()
                    } else {
                        CStr::from_ptr(filled.outindexbuf)
                            .to_string_lossy()
                            .into_owned()
                    };
                    MediaChunk {
                        data,
                        next_index,
                        is_finish: filled.is_finish != 0,
                    }
                };
                (functions.free_media_data)(media);
                if code != 0 {
                    return Err(SdkError::from_code(i64::from(code)));
                }
                Ok(chunk)
            }
        })
        .await
    }
}

/// SAFETY: `data` must hold `len` bytes when not null.
unsafe fn copy_bytes(data: *const c_char, len: c_int) -> Vec<u8> {
    let Ok(len) = usize::try_from(len) else {
        return Vec::new();
    };
    if data.is_null() || len == 0 {
        return Vec::new();
    }
    // SAFETY: per the function's contract.
    unsafe { std::slice::from_raw_parts(data.cast::<u8>(), len) }.to_vec()
}
