//! Sources of lines. `run` takes any iterator of lines, each as bytes (invalid UTF-8 is a
//! reject, not an error); this is the one for a reader, such as a JSONL file.

use std::io::{self, BufRead};

/// The lines of a reader, each with its line break, so byte counts add up to the file's size
/// and a reject keeps its line as read.
pub struct ReadLines<R> {
    reader: R,
    buffer: Vec<u8>,
}

impl<R: BufRead> ReadLines<R> {
    pub fn new(reader: R) -> Self {
        ReadLines {
            reader,
            buffer: Vec::with_capacity(4096),
        }
    }
}

impl<R: BufRead> Iterator for ReadLines<R> {
    type Item = io::Result<Vec<u8>>;

    fn next(&mut self) -> Option<Self::Item> {
        self.buffer.clear();
        match self.reader.read_until(b'\n', &mut self.buffer) {
            Ok(0) => None,
            // One allocation of the line's exact size; the buffer keeps its capacity.
            Ok(_) => Some(Ok(self.buffer.clone())),
            Err(error) => Some(Err(error)),
        }
    }
}
