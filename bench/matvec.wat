;; Matrix-vector products for bench/simd.ts: the inner loop of a dense layer, in
;; WebAssembly SIMD, as f32 (f32x4) and as 16-bit integers (i32x4.dot_i16x8_s).
(module
  (memory (export "memory") 256)
  ;; y[r] = sum_c W[r*cols+c] * x[c]; f32, cols a multiple of 4
  (func (export "matvec_f32") (param $w i32) (param $x i32) (param $y i32) (param $rows i32) (param $cols i32)
    (local $r i32) (local $c i32) (local $acc v128) (local $wp i32)
    (local.set $wp (local.get $w))
    (block $done (loop $rowloop
      (br_if $done (i32.ge_u (local.get $r) (local.get $rows)))
      (local.set $acc (v128.const f32x4 0 0 0 0))
      (local.set $c (i32.const 0))
      (block $cdone (loop $cloop
        (br_if $cdone (i32.ge_u (local.get $c) (local.get $cols)))
        (local.set $acc (f32x4.add (local.get $acc)
          (f32x4.mul (v128.load (i32.add (local.get $wp) (i32.shl (local.get $c) (i32.const 2))))
                     (v128.load (i32.add (local.get $x) (i32.shl (local.get $c) (i32.const 2)))))))
        (local.set $c (i32.add (local.get $c) (i32.const 4)))
        (br $cloop)))
      (f32.store (i32.add (local.get $y) (i32.shl (local.get $r) (i32.const 2)))
        (f32.add (f32.add (f32x4.extract_lane 0 (local.get $acc)) (f32x4.extract_lane 1 (local.get $acc)))
                 (f32.add (f32x4.extract_lane 2 (local.get $acc)) (f32x4.extract_lane 3 (local.get $acc)))))
      (local.set $wp (i32.add (local.get $wp) (i32.shl (local.get $cols) (i32.const 2))))
      (local.set $r (i32.add (local.get $r) (i32.const 1)))
      (br $rowloop)))
  )
  ;; int16 weights and inputs, int32 sums: i32x4.dot_i16x8_s; cols a multiple of 8
  (func (export "matvec_i16") (param $w i32) (param $x i32) (param $y i32) (param $rows i32) (param $cols i32)
    (local $r i32) (local $c i32) (local $acc v128) (local $wp i32)
    (local.set $wp (local.get $w))
    (block $done (loop $rowloop
      (br_if $done (i32.ge_u (local.get $r) (local.get $rows)))
      (local.set $acc (v128.const i32x4 0 0 0 0))
      (local.set $c (i32.const 0))
      (block $cdone (loop $cloop
        (br_if $cdone (i32.ge_u (local.get $c) (local.get $cols)))
        (local.set $acc (i32x4.add (local.get $acc)
          (i32x4.dot_i16x8_s (v128.load (i32.add (local.get $wp) (i32.shl (local.get $c) (i32.const 1))))
                             (v128.load (i32.add (local.get $x) (i32.shl (local.get $c) (i32.const 1)))))))
        (local.set $c (i32.add (local.get $c) (i32.const 8)))
        (br $cloop)))
      (i32.store (i32.add (local.get $y) (i32.shl (local.get $r) (i32.const 2)))
        (i32.add (i32.add (i32x4.extract_lane 0 (local.get $acc)) (i32x4.extract_lane 1 (local.get $acc)))
                 (i32.add (i32x4.extract_lane 2 (local.get $acc)) (i32x4.extract_lane 3 (local.get $acc)))))
      (local.set $wp (i32.add (local.get $wp) (i32.shl (local.get $cols) (i32.const 1))))
      (local.set $r (i32.add (local.get $r) (i32.const 1)))
      (br $rowloop)))
  )
)
